package se.paragraf.application.archive;

import java.util.List;
import java.util.Map;
import se.paragraf.application.Repositories;
import se.paragraf.application.UnitOfWork;
import se.paragraf.domain.board.Board;
import se.paragraf.domain.meeting.Meeting;
import se.paragraf.domain.meeting.MeetingId;
import se.paragraf.domain.paragraph.ParagraphNumber;

/** Use case: every board with its meetings, for the Sammanträden view and `meeting list`. */
public final class ListMeetings {
    private final UnitOfWork unitOfWork;

    public ListMeetings(UnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    /** A query per board and one for all § numbers: the start of the window waits for this. */
    public List<BoardOverview> all() {
        return unitOfWork.transaction(r -> {
            Map<MeetingId, List<ParagraphNumber>> numbers = r.paragraphs().numbersByMeeting();
            return r.boards().findAll().stream().map(board -> overview(r, board, numbers)).toList();
        });
    }

    private static BoardOverview overview(Repositories r, Board board, Map<MeetingId, List<ParagraphNumber>> numbers) {
        List<MeetingOverview> meetings = r.meetings().findByBoard(board.id()).stream()
                .map(meeting -> overview(meeting, numbers.getOrDefault(meeting.id(), List.of())))
                .toList();
        return new BoardOverview(board, meetings);
    }

    private static MeetingOverview overview(Meeting meeting, List<ParagraphNumber> numbers) {
        if (numbers.isEmpty()) {
            return new MeetingOverview(meeting, 0, null, null);
        }
        return new MeetingOverview(meeting, numbers.size(), numbers.get(0), numbers.get(numbers.size() - 1));
    }
}
