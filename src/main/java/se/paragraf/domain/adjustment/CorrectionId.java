package se.paragraf.domain.adjustment;

import se.paragraf.domain.shared.Require;

public record CorrectionId(long value) {
    public CorrectionId {
        Require.positive(value, "Rättelsens id");
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
