package se.paragraf.domain.adjustment;

import java.time.LocalDate;

/**
 * Something the secretary should act on, with the day it is about: the UI and the CLI word it
 * from {@link Kind} (keys {@code lifecycle.warning.*}).
 */
public record LifecycleWarning(Kind kind, LocalDate day) {
    public enum Kind {
        /** Not yet justerat; the 14-day limit is within three days. */
        ADJUSTMENT_DUE_SOON,
        /** Not justerat and the 14-day limit has passed. */
        ADJUSTMENT_OVERDUE,
        /** Justerat after the 14-day limit. */
        ADJUSTED_LATE,
        /** Justerat, not posted, and the second day after justering is today or past. */
        POSTING_DUE,
        /** Posted after the second day after justering. */
        POSTED_LATE,
        /** The last day of appeal has passed: the notice may come down. */
        APPEAL_PERIOD_ENDED
    }
}
