package se.paragraf.application.archive;

import java.util.List;
import se.paragraf.application.Repositories;
import se.paragraf.application.UnitOfWork;
import se.paragraf.domain.board.Board;
import se.paragraf.domain.meeting.Meeting;
import se.paragraf.domain.paragraph.ParagraphNumber;

/** Use case: every board with its meetings, for the Sammanträden view and `meeting list`. */
public final class ListMeetings {
    private final UnitOfWork unitOfWork;

    public ListMeetings(UnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    public List<BoardOverview> all() {
        return unitOfWork.transaction(r -> r.boards().findAll().stream()
                .map(board -> overview(r, board))
                .toList());
    }

    private static BoardOverview overview(Repositories r, Board board) {
        List<MeetingOverview> meetings = r.meetings().findByBoard(board.id()).stream()
                .map(meeting -> overview(r, meeting))
                .toList();
        return new BoardOverview(board, meetings);
    }

    private static MeetingOverview overview(Repositories r, Meeting meeting) {
        List<ParagraphNumber> numbers = r.paragraphs().numbersOf(meeting.id());
        if (numbers.isEmpty()) {
            return new MeetingOverview(meeting, 0, null, null);
        }
        return new MeetingOverview(meeting, numbers.size(), numbers.get(0), numbers.get(numbers.size() - 1));
    }
}
