package se.paragraf.application.search;

import java.time.LocalDate;
import java.util.List;
import se.paragraf.domain.board.Board;
import se.paragraf.domain.meeting.Meeting;
import se.paragraf.domain.paragraph.Paragraph;

/**
 * A paragraph with what the index needs from its meeting and board, and its standing for the
 * filters: justerat, has assignments, and the titles of the goals it is linked to.
 */
public record IndexedParagraph(Paragraph paragraph, Board board, LocalDate date, ParagraphKind kind,
                               boolean adjusted, boolean hasAssignments, List<String> goals) {
    public IndexedParagraph {
        goals = List.copyOf(goals);
    }

    public static IndexedParagraph of(Paragraph paragraph, Meeting meeting, Board board, ParagraphStanding standing) {
        return new IndexedParagraph(paragraph, board, meeting.date(), ParagraphKind.of(paragraph), standing.adjusted(),
                standing.hasAssignments(), standing.goals());
    }
}
