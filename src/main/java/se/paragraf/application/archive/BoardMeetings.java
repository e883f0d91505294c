package se.paragraf.application.archive;

import java.util.List;
import java.util.Map;
import se.paragraf.domain.board.Board;
import se.paragraf.domain.meeting.Meeting;
import se.paragraf.domain.meeting.MeetingId;
import se.paragraf.domain.paragraph.ParagraphSpan;

/**
 * A board and its meetings, newest first, before their §§ are counted: what the window can show
 * at once, since counting the §§ of a large archive reads every paragraph row.
 */
public record BoardMeetings(Board board, List<Meeting> meetings) {
    public BoardMeetings {
        meetings = List.copyOf(meetings);
    }

    /** The same board with each meeting's § range from {@code spans}; a meeting missing there has no §§. */
    public BoardOverview withSpans(Map<MeetingId, ParagraphSpan> spans) {
        return new BoardOverview(board, meetings.stream().map(meeting -> overview(meeting, spans.get(meeting.id()))).toList());
    }

    private static MeetingOverview overview(Meeting meeting, ParagraphSpan span) {
        return span == null ? new MeetingOverview(meeting, 0, null, null)
                : new MeetingOverview(meeting, span.count(), span.first(), span.last());
    }
}
