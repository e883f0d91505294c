package se.paragraf.domain.phrase;

/** A phrase is either a decision formula (with placeholders) or the text of an att-sats. */
public enum PhraseKind {
    FORMULA,
    CLAUSE
}
