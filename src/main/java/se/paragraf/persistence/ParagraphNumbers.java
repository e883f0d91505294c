package se.paragraf.persistence;

import se.paragraf.domain.paragraph.ParagraphNumber;

/** § number columns: the suffix is stored as '' rather than null so the UNIQUE constraint can see it. */
final class ParagraphNumbers {
    static final String NO_SUFFIX = "";

    private ParagraphNumbers() {
    }

    static String suffixColumn(ParagraphNumber number) {
        return number.hasSuffix() ? number.suffix() : NO_SUFFIX;
    }

    static ParagraphNumber toNumber(Integer number, String suffix) {
        return new ParagraphNumber(number, suffix == null || suffix.isEmpty() ? null : suffix);
    }
}
