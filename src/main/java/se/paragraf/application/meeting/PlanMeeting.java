package se.paragraf.application.meeting;

import java.time.LocalDate;
import java.time.LocalTime;
import se.paragraf.application.KnownVersions;
import se.paragraf.application.UnitOfWork;
import se.paragraf.application.editing.MinutesGuard;
import se.paragraf.domain.board.BoardId;
import se.paragraf.domain.matter.CaseNumber;
import se.paragraf.domain.meeting.Meeting;
import se.paragraf.domain.meeting.MeetingId;
import se.paragraf.domain.shared.DomainException;

/** Use case: create a meeting and change its date, times, place and the protocol's own case number. */
public final class PlanMeeting {
    private final UnitOfWork unitOfWork;
    private final KnownVersions<MeetingId> known = new KnownVersions<>();

    public PlanMeeting(UnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    public Meeting create(BoardId board, LocalDate date, LocalTime start, LocalTime end, String place,
                          CaseNumber minutesCase) {
        return unitOfWork.transaction(r -> {
            r.boards().findById(board).orElseThrow(() -> new DomainException("Organet finns inte längre i arkivet."));
            Meeting meeting = new Meeting(r.meetings().nextId(), board, date, start, end, place, minutesCase);
            r.meetings().save(meeting);
            return meeting;
        });
    }

    /**
     * Saves the changed meeting, on the version this application last read or wrote of it (or
     * the meeting's own, if newer), and returns it at the version the archive now holds. Refused
     * once the protocol is justerat, and when someone else saved the meeting in between (ADR 0019).
     */
    public Meeting update(Meeting meeting) {
        Meeting saved = unitOfWork.transaction(r -> {
            MinutesGuard.requireNotAdjusted(r, meeting.id());
            Meeting basis = meeting.withVersion(known.basis(meeting.id(), meeting.version()));
            return basis.withVersion(r.meetings().save(basis));
        });
        known.saw(saved.id(), saved.version());
        return saved;
    }
}
