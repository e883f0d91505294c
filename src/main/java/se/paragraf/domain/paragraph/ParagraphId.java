package se.paragraf.domain.paragraph;

import se.paragraf.domain.shared.Require;

public record ParagraphId(long value) {
    public ParagraphId {
        Require.positive(value, "Paragrafens id");
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
