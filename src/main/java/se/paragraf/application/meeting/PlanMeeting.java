package se.paragraf.application.meeting;

import java.time.LocalDate;
import java.time.LocalTime;
import se.paragraf.application.UnitOfWork;
import se.paragraf.application.editing.MinutesGuard;
import se.paragraf.domain.board.BoardId;
import se.paragraf.domain.matter.CaseNumber;
import se.paragraf.domain.meeting.Meeting;
import se.paragraf.domain.shared.DomainException;

/** Use case: create a meeting and change its date, times, place and the protocol's own case number. */
public final class PlanMeeting {
    private final UnitOfWork unitOfWork;

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

    public void update(Meeting meeting) {
        unitOfWork.run(r -> {
            MinutesGuard.requireNotAdjusted(r, meeting.id());
            r.meetings().save(meeting);
        });
    }
}
