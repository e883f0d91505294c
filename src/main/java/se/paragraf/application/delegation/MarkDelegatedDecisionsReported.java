package se.paragraf.application.delegation;

import java.time.LocalDate;
import se.paragraf.application.Repositories;
import se.paragraf.application.UnitOfWork;
import se.paragraf.domain.meeting.MeetingId;

/**
 * Use case: when a meeting's protocol is justerat, the delegated decisions its "Anmälan av
 * delegationsbeslut" holds are reported (KL 6 kap. 40 §), on the justering day; from then on
 * the appeal period runs with the protocol's anslag and nothing reports them again. Decisions
 * registered after the report was compiled are not in the protocol and stay for the next one.
 * <p>
 * Justering is recorded today by saving the meeting's officers with an {@code adjustedOn}
 * ({@code RecordAttendance}); that is the one place that calls {@link #within}.
 */
public final class MarkDelegatedDecisionsReported {
    private final UnitOfWork unitOfWork;

    public MarkDelegatedDecisionsReported(UnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    /** Returns how many decisions were marked; none when the meeting's report was already marked. */
    public int mark(MeetingId meeting, LocalDate justeringDate) {
        return unitOfWork.transaction(r -> within(r, meeting, justeringDate));
    }

    /** The same inside the caller's transaction, so that justering and the marking commit together. */
    public static int within(Repositories r, MeetingId meeting, LocalDate justeringDate) {
        return r.delegation().markReported(meeting, justeringDate);
    }
}
