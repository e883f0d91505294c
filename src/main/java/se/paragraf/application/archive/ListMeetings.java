package se.paragraf.application.archive;

import java.util.List;
import java.util.Map;
import se.paragraf.application.Repositories;
import se.paragraf.application.UnitOfWork;
import se.paragraf.domain.board.Board;
import se.paragraf.domain.meeting.Meeting;
import se.paragraf.domain.meeting.MeetingId;
import se.paragraf.domain.paragraph.ParagraphSpan;

/** Use case: every board with its meetings, for the Sammanträden view and `meeting list`. */
public final class ListMeetings {
    private final UnitOfWork unitOfWork;

    public ListMeetings(UnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    /** A query per board and one grouped query for the §§: the start of the window waits for this. */
    public List<BoardOverview> all() {
        return unitOfWork.transaction(r -> {
            Map<MeetingId, ParagraphSpan> spans = r.paragraphs().spansByMeeting();
            return r.boards().findAll().stream().map(board -> overview(r, board, spans)).toList();
        });
    }

    private static BoardOverview overview(Repositories r, Board board, Map<MeetingId, ParagraphSpan> spans) {
        List<MeetingOverview> meetings = r.meetings().findByBoard(board.id()).stream()
                .map(meeting -> overview(meeting, spans.get(meeting.id())))
                .toList();
        return new BoardOverview(board, meetings);
    }

    private static MeetingOverview overview(Meeting meeting, ParagraphSpan span) {
        return span == null ? new MeetingOverview(meeting, 0, null, null)
                : new MeetingOverview(meeting, span.count(), span.first(), span.last());
    }
}
