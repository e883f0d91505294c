package se.paragraf.domain.adjustment;

/**
 * Where a protocol is on its legal path, in order; {@link MinutesLifecycle}'s verbs move it one
 * step at a time and nothing else can.
 */
public enum MinutesStatus {
    /** Being written; everything may change. */
    DRAFT,
    /** Sent to the chair and the justerare; still editable if they find errors. */
    READY_FOR_ADJUSTMENT,
    /** Justerat: the legal record; never changed again, only corrected by notes. */
    ADJUSTED,
    /** The justering is posted on the anslagstavla; the appeal period runs. */
    POSTED,
    /** The appeal period is over and the notice taken down. */
    APPEAL_PERIOD_OVER;

    /** From justering on, the protocol is the legal record and cannot be edited. */
    public boolean isLocked() {
        return compareTo(ADJUSTED) >= 0;
    }
}
