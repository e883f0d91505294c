package se.paragraf.domain.board;

import se.paragraf.domain.shared.Require;

public record BoardId(long value) {
    public BoardId {
        Require.positive(value, "Organets id");
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
