package se.paragraf.domain.adjustment;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The statutory last days of one protocol, each moved by lag (1930:173) 2 § when it falls on a
 * weekend, holiday or eve ({@link StatutoryTime#lastDay}).
 *
 * @param adjustBy        justering no later than 14 days after the meeting (KL 5 kap 69 §,
 *                        for nämnder through 6 kap 35 §)
 * @param postBy          the justering posted on the anslagstavla no later than the second day
 *                        after justering (KL 8 kap 12 §); null before justering
 * @param lastDayOfAppeal three weeks from the posting day (KL 13 kap 5 §); null before posting
 * @param takeDownFrom    the first day the notice may come down: it must stay up until the appeal
 *                        period has run out (KL 8 kap 12 §), which is at the end of the last day
 */
public record LifecycleDeadlines(LocalDate adjustBy, LocalDate postBy, LocalDate lastDayOfAppeal,
                                 LocalDate takeDownFrom) {
    static LifecycleDeadlines of(LocalDate meetingDate, LocalDate adjustedOn, LocalDate postedOn) {
        LocalDate lastDayOfAppeal = postedOn == null ? null : StatutoryTime.lastDayOfAppeal(postedOn);
        return new LifecycleDeadlines(adjustBy(meetingDate),
                adjustedOn == null ? null : postBy(adjustedOn),
                lastDayOfAppeal,
                lastDayOfAppeal == null ? null : earliestTakeDown(postedOn));
    }

    public static LocalDate adjustBy(LocalDate meetingDate) {
        return StatutoryTime.lastDay(meetingDate.plusDays(14));
    }

    public static LocalDate postBy(LocalDate adjustedOn) {
        return StatutoryTime.lastDay(adjustedOn.plusDays(2));
    }

    /** The day after the last day of appeal: the notice is up for the whole of that day. */
    public static LocalDate earliestTakeDown(LocalDate postedOn) {
        return StatutoryTime.lastDayOfAppeal(postedOn).plusDays(1);
    }

    public Optional<LocalDate> posting() {
        return Optional.ofNullable(postBy);
    }

    public Optional<LocalDate> appeal() {
        return Optional.ofNullable(lastDayOfAppeal);
    }
}
