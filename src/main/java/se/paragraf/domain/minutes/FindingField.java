package se.paragraf.domain.minutes;

/** Where in the editor a finding belongs, so the UI can mark the field. */
public enum FindingField {
    QUORUM,
    VOTE,
    DISSENT,
    MOTION,
    DISQUALIFICATION,
    DECISION,
    NUMBER,
    CASE_NUMBER,
    OFFICERS
}
