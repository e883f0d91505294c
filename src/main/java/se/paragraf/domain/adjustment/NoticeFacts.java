package se.paragraf.domain.adjustment;

import java.time.LocalDate;
import java.util.Optional;
import se.paragraf.domain.shared.Require;

/**
 * The legal facts of one protocol's anslag, computed in one place and printed everywhere the same:
 * the day the justering was posted on the anslagstavla, the day the notice comes down, the last
 * day of appeal (three weeks from the posting day, KL 13 kap 5 §, moved by lag 1930:173) and where
 * the protocol is kept (KL 8 kap 12 §). The anslag dialog, the notice (anslagsbevis), the minutes'
 * "Bevis om anslag", the protokollsutdrag and the command line all read this value.
 *
 * <p>Once the anslag is recorded, the recorded days and place win ({@link #recorded}); the last day
 * of appeal follows from the recorded posting day by law. Before that, {@link #proposed} gives
 * what the dialog offers: it is a proposal, never printed as a fact.
 *
 * @param recorded true when read from the recorded anslag, false for a proposal
 */
public record NoticeFacts(LocalDate postedOn, LocalDate takeDownOn, LocalDate lastDayOfAppeal, String keptAt,
                          boolean recorded) {
    public NoticeFacts {
        Require.present(postedOn, "Anslagsdag");
        Require.present(takeDownOn, "Dag för nedtagning");
        Require.present(lastDayOfAppeal, "Sista dag för överklagande");
        keptAt = Require.optionalText(keptAt);
    }

    /** The facts of the recorded anslag; empty before the protocol is anslaget. */
    public static Optional<NoticeFacts> recorded(MinutesLifecycle lifecycle) {
        if (lifecycle == null || lifecycle.postedOn() == null) {
            return Optional.empty();
        }
        return Optional.of(new NoticeFacts(lifecycle.postedOn(), lifecycle.takeDownOn(),
                StatutoryTime.lastDayOfAppeal(lifecycle.postedOn()), lifecycle.keptAt(), true));
    }

    /**
     * The recorded facts once the anslag is recorded; before that a proposal for posting on
     * {@code postOn} (null: the last lawful day, the second day after justering) and keeping the
     * protocol at {@code keptAt}: the first lawful day of take-down and the last day of appeal that
     * posting would give. Empty before justering, when nothing can be posted.
     */
    public static Optional<NoticeFacts> of(MinutesLifecycle lifecycle, LocalDate postOn, String keptAt) {
        Optional<NoticeFacts> recorded = recorded(lifecycle);
        if (recorded.isPresent() || lifecycle == null || lifecycle.adjustedOn() == null) {
            return recorded;
        }
        return Optional.of(proposed(postOn == null ? LifecycleDeadlines.postBy(lifecycle.adjustedOn()) : postOn,
                null, keptAt));
    }

    /**
     * What posting on {@code postOn} gives: take-down on {@code takeDown}, or when null on the first
     * lawful day (the day after the last day of appeal), and the last day of appeal.
     */
    public static NoticeFacts proposed(LocalDate postOn, LocalDate takeDown, String keptAt) {
        Require.present(postOn, "Anslagsdag");
        return new NoticeFacts(postOn, takeDown == null ? LifecycleDeadlines.earliestTakeDown(postOn) : takeDown,
                StatutoryTime.lastDayOfAppeal(postOn), keptAt, false);
    }
}
