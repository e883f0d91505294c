package se.paragraf.application.archive;

import java.util.List;
import java.util.Map;
import se.paragraf.application.UnitOfWork;
import se.paragraf.domain.meeting.MeetingId;
import se.paragraf.domain.paragraph.ParagraphSpan;

/** Use case: every board with its meetings, for the Sammanträden view and `meeting list`. */
public final class ListMeetings {
    private final UnitOfWork unitOfWork;

    public ListMeetings(UnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    /** Boards and meetings with their § ranges, in one transaction so that the two agree. */
    public List<BoardOverview> all() {
        return unitOfWork.transaction(r -> {
            Map<MeetingId, ParagraphSpan> spans = r.paragraphs().spansByMeeting();
            return r.boards().findAll().stream()
                    .map(board -> new BoardMeetings(board, r.meetings().findByBoard(board.id())).withSpans(spans))
                    .toList();
        });
    }

    /** Boards and meetings only: a query per board, milliseconds even for 20 years of meetings. */
    public List<BoardMeetings> meetings() {
        return unitOfWork.transaction(r -> r.boards().findAll().stream()
                .map(board -> new BoardMeetings(board, r.meetings().findByBoard(board.id())))
                .toList());
    }

    /** Every meeting's § range: reads each paragraph's number, about a second for 100,000 §§ when cold. */
    public Map<MeetingId, ParagraphSpan> spans() {
        return unitOfWork.transaction(r -> r.paragraphs().spansByMeeting());
    }
}
