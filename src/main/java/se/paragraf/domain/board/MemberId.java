package se.paragraf.domain.board;

import se.paragraf.domain.shared.Require;

public record MemberId(long value) {
    public MemberId {
        Require.positive(value, "Ledamotens id");
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
