package se.paragraf.domain.plan;

import se.paragraf.domain.shared.Require;

public record IndicatorId(long value) {
    public IndicatorId {
        Require.positive(value, "Indikatorns id");
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
