package se.paragraf.application.meeting;

import java.util.Optional;
import se.paragraf.application.UnitOfWork;
import se.paragraf.domain.meeting.MeetingId;

/** Use case: read one meeting with its board and all its paragraphs, for the meeting view. */
public final class ShowMeeting {
    private final UnitOfWork unitOfWork;

    public ShowMeeting(UnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    /** Empty when no such meeting exists (any more). */
    public Optional<MeetingDetails> show(MeetingId id) {
        return unitOfWork.transaction(r -> r.meetings().findById(id)
                .flatMap(meeting -> r.boards().findById(meeting.board())
                        .map(board -> new MeetingDetails(meeting, board, r.paragraphs().findByMeeting(meeting.id())))));
    }
}
