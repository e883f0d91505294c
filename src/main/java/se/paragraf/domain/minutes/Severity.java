package se.paragraf.domain.minutes;

/** An error must be fixed before justering; a warning asks the secretary to look again. */
public enum Severity {
    ERROR,
    WARNING
}
