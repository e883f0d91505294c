package se.paragraf.domain.adjustment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import se.paragraf.domain.meeting.Meeting;
import se.paragraf.domain.meeting.MeetingId;
import se.paragraf.domain.shared.DomainException;
import se.paragraf.domain.shared.Require;

/**
 * The legal path of one meeting's protocol: utkast → klar för justering → justerat → anslaget →
 * överklagandetiden ute. The status moves only through the verbs, one step at a time, each with
 * its guard; there is no setter and no constructor taking a status, so a protocol can never be
 * "justerat" without a justering day or "anslaget" without a posting day. Persistence rebuilds a
 * stored lifecycle through {@link #reconstitute}, which checks the same invariants.
 *
 * <p>Rules (verified against the law text): justering within 14 days of the meeting (KL 5 kap
 * 69 §, 6 kap 35 §); the justering posted on the anslagstavla no later than the second day after
 * it, saying where the protocol is kept and the posting day, and not taken down before the appeal
 * period has run out (KL 8 kap 9 och 12 §§); the appeal period is three weeks from the posting day
 * (KL 13 kap 5 §), moved by lag (1930:173). Late justering or posting is unlawful but still has to
 * be recorded as it happened, so those are warnings, not refusals.
 */
public final class MinutesLifecycle {
    private final MeetingId meeting;
    private final LocalDate meetingDate;
    private final MinutesStatus status;
    private final LocalDate readyOn;
    private final LocalDate adjustedOn;
    private final LocalDate postedOn;
    private final LocalDate takeDownOn;
    private final LocalDate takenDownOn;
    private final String keptAt;

    private MinutesLifecycle(MeetingId meeting, LocalDate meetingDate, MinutesStatus status, LocalDate readyOn,
                             LocalDate adjustedOn, LocalDate postedOn, LocalDate takeDownOn, LocalDate takenDownOn,
                             String keptAt) {
        this.meeting = Require.present(meeting, "Sammanträde");
        this.meetingDate = Require.present(meetingDate, "Sammanträdets datum");
        this.status = Require.present(status, "Protokollets status");
        this.readyOn = readyOn;
        this.adjustedOn = adjustedOn;
        this.postedOn = postedOn;
        this.takeDownOn = takeDownOn;
        this.takenDownOn = takenDownOn;
        this.keptAt = Require.optionalText(keptAt);
        requireConsistent();
    }

    /** A new protocol: a draft. */
    public static MinutesLifecycle begin(Meeting meeting) {
        return new MinutesLifecycle(meeting.id(), meeting.date(), MinutesStatus.DRAFT, null, null, null, null, null, null);
    }

    /**
     * Rebuilds a stored lifecycle; for persistence only (an architecture test keeps other callers
     * out). Refuses combinations the verbs cannot produce.
     */
    public static MinutesLifecycle reconstitute(MeetingId meeting, LocalDate meetingDate, MinutesStatus status,
                                                LocalDate readyOn, LocalDate adjustedOn, LocalDate postedOn,
                                                LocalDate takeDownOn, LocalDate takenDownOn, String keptAt) {
        return new MinutesLifecycle(meeting, meetingDate, status, readyOn, adjustedOn, postedOn, takeDownOn,
                takenDownOn, keptAt);
    }

    private void requireConsistent() {
        boolean consistent = present(readyOn, MinutesStatus.READY_FOR_ADJUSTMENT)
                && present(adjustedOn, MinutesStatus.ADJUSTED)
                && present(postedOn, MinutesStatus.POSTED)
                && present(takeDownOn, MinutesStatus.POSTED)
                && (keptAt != null) == (status.compareTo(MinutesStatus.POSTED) >= 0)
                && present(takenDownOn, MinutesStatus.APPEAL_PERIOD_OVER);
        if (!consistent) {
            throw new DomainException("Protokollets status " + status + " stämmer inte med dess datum. "
                    + "Arkivet kan vara skadat; kontakta support.");
        }
    }

    /** A day is set exactly when the status has reached the step that sets it. */
    private boolean present(LocalDate day, MinutesStatus from) {
        return (day != null) == (status.compareTo(from) >= 0);
    }

    /** "Klar för justering": the draft goes to the chair and the justerare. */
    public MinutesLifecycle readyForAdjustment(LocalDate on) {
        requireStatus(MinutesStatus.DRAFT, "markeras klart för justering");
        notBeforeMeeting(on, "klart för justering");
        return new MinutesLifecycle(meeting, meetingDate, MinutesStatus.READY_FOR_ADJUSTMENT, on, null, null, null,
                null, null);
    }

    /** Back to draft when the justerare find errors; possible only before justering. */
    public MinutesLifecycle reopen() {
        requireStatus(MinutesStatus.READY_FOR_ADJUSTMENT, "öppnas för ändring igen");
        return new MinutesLifecycle(meeting, meetingDate, MinutesStatus.DRAFT, null, null, null, null, null, null);
    }

    /** Justering: from now on the protocol is the legal record and is never edited. */
    public MinutesLifecycle adjust(LocalDate on) {
        requireStatus(MinutesStatus.READY_FOR_ADJUSTMENT, "justeras");
        notBeforeMeeting(on, "justerat");
        if (on.isBefore(readyOn)) {
            throw new DomainException("Protokollet kan inte justeras " + on + ", före dagen det blev klart för "
                    + "justering (" + readyOn + "). Kontrollera datumet.");
        }
        return new MinutesLifecycle(meeting, meetingDate, MinutesStatus.ADJUSTED, readyOn, on, null, null, null,
                null);
    }

    /**
     * Anslag: the justering is posted on {@code on} and will stay up until {@code takeDownOn},
     * which must be after the last day of appeal; the notice says where the protocol is kept
     * ({@code keptAt}) and the posting day (KL 8 kap 12 §).
     */
    public MinutesLifecycle post(LocalDate on, LocalDate takeDown, String keptAt) {
        requireStatus(MinutesStatus.ADJUSTED, "anslås");
        Require.present(on, "Anslagsdag");
        Require.present(takeDown, "Dag för nedtagning");
        String kept = Require.text(keptAt, "Var protokollet förvaras");
        if (on.isBefore(adjustedOn)) {
            throw new DomainException("Anslaget kan inte sättas upp " + on + ", före justeringen " + adjustedOn
                    + ". Kontrollera datumet.");
        }
        LocalDate earliest = LifecycleDeadlines.earliestTakeDown(on);
        if (takeDown.isBefore(earliest)) {
            throw new DomainException("Anslaget måste sitta uppe hela överklagandetiden, som går ut "
                    + StatutoryTime.lastDayOfAppeal(on) + ". Välj " + earliest + " eller senare som dag för nedtagning.");
        }
        return new MinutesLifecycle(meeting, meetingDate, MinutesStatus.POSTED, readyOn, adjustedOn, on, takeDown,
                null, kept);
    }

    /** The notice came down on {@code on}; only after the appeal period has run out. */
    public MinutesLifecycle takeDown(LocalDate on) {
        requireStatus(MinutesStatus.POSTED, "tas ned från anslagstavlan");
        Require.present(on, "Dag för nedtagning");
        LocalDate earliest = LifecycleDeadlines.earliestTakeDown(postedOn);
        if (on.isBefore(earliest)) {
            throw new DomainException("Anslaget får inte tas ned före " + earliest + ": överklagandetiden går ut "
                    + StatutoryTime.lastDayOfAppeal(postedOn) + ".");
        }
        return new MinutesLifecycle(meeting, meetingDate, MinutesStatus.APPEAL_PERIOD_OVER, readyOn, adjustedOn,
                postedOn, takeDownOn, on, keptAt);
    }

    private void requireStatus(MinutesStatus expected, String action) {
        if (status != expected) {
            throw new DomainException("Protokollet kan inte " + action + " när det är " + describe(status)
                    + "; det måste först vara " + describe(expected) + ".");
        }
    }

    private void notBeforeMeeting(LocalDate on, String what) {
        Require.present(on, "Datum");
        if (on.isBefore(meetingDate)) {
            throw new DomainException("Protokollet kan inte bli " + what + " " + on + ", före sammanträdet "
                    + meetingDate + ". Kontrollera datumet.");
        }
    }

    /** The status in words for messages (the UI uses its own keys). */
    public static String describe(MinutesStatus status) {
        return switch (status) {
            case DRAFT -> "ett utkast";
            case READY_FOR_ADJUSTMENT -> "klart för justering";
            case ADJUSTED -> "justerat";
            case POSTED -> "anslaget";
            case APPEAL_PERIOD_OVER -> "klart (överklagandetiden har gått ut)";
        };
    }

    public LifecycleDeadlines deadlines() {
        return LifecycleDeadlines.of(meetingDate, adjustedOn, postedOn);
    }

    /** What the secretary should know on {@code today}, most urgent first. */
    public List<LifecycleWarning> warnings(LocalDate today) {
        LifecycleDeadlines d = deadlines();
        List<LifecycleWarning> warnings = new ArrayList<>();
        if (!status.isLocked()) {
            if (today.isAfter(d.adjustBy())) {
                warnings.add(new LifecycleWarning(LifecycleWarning.Kind.ADJUSTMENT_OVERDUE, d.adjustBy()));
            } else if (!today.plusDays(3).isBefore(d.adjustBy())) {
                warnings.add(new LifecycleWarning(LifecycleWarning.Kind.ADJUSTMENT_DUE_SOON, d.adjustBy()));
            }
            return warnings;
        }
        if (adjustedOn.isAfter(d.adjustBy())) {
            warnings.add(new LifecycleWarning(LifecycleWarning.Kind.ADJUSTED_LATE, adjustedOn));
        }
        if (status == MinutesStatus.ADJUSTED && !today.isBefore(d.postBy())) {
            warnings.add(new LifecycleWarning(LifecycleWarning.Kind.POSTING_DUE, d.postBy()));
        }
        if (postedOn != null && postedOn.isAfter(d.postBy())) {
            warnings.add(new LifecycleWarning(LifecycleWarning.Kind.POSTED_LATE, postedOn));
        }
        if (status == MinutesStatus.POSTED && today.isAfter(d.lastDayOfAppeal())) {
            warnings.add(new LifecycleWarning(LifecycleWarning.Kind.APPEAL_PERIOD_ENDED, d.lastDayOfAppeal()));
        }
        return warnings;
    }

    public boolean isLocked() {
        return status.isLocked();
    }

    public MeetingId meeting() {
        return meeting;
    }

    public LocalDate meetingDate() {
        return meetingDate;
    }

    public MinutesStatus status() {
        return status;
    }

    public LocalDate readyOn() {
        return readyOn;
    }

    public LocalDate adjustedOn() {
        return adjustedOn;
    }

    public LocalDate postedOn() {
        return postedOn;
    }

    public LocalDate takeDownOn() {
        return takeDownOn;
    }

    public LocalDate takenDownOn() {
        return takenDownOn;
    }

    /** Where the justerat protocol is kept, as the notice says; null before anslag. */
    public String keptAt() {
        return keptAt;
    }

    /** The recorded facts as one value, for the audit trail and the sealed records (ADR 0018). */
    public Facts facts() {
        return new Facts(meeting, status, readyOn, adjustedOn, postedOn, takeDownOn, takenDownOn, keptAt);
    }

    /** What the lifecycle records, as a plain value. */
    public record Facts(MeetingId meeting, MinutesStatus status, LocalDate readyOn, LocalDate adjustedOn,
                        LocalDate postedOn, LocalDate takeDownOn, LocalDate takenDownOn, String keptAt) {
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MinutesLifecycle other && meeting.equals(other.meeting)
                && meetingDate.equals(other.meetingDate) && status == other.status
                && Objects.equals(readyOn, other.readyOn) && Objects.equals(adjustedOn, other.adjustedOn)
                && Objects.equals(postedOn, other.postedOn) && Objects.equals(takeDownOn, other.takeDownOn)
                && Objects.equals(takenDownOn, other.takenDownOn) && Objects.equals(keptAt, other.keptAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(meeting, status, adjustedOn, postedOn);
    }

    @Override
    public String toString() {
        return "MinutesLifecycle[" + meeting + ", " + status + "]";
    }
}
