package se.paragraf.application.search;

import java.time.LocalDate;
import java.util.List;
import se.paragraf.domain.board.Board;
import se.paragraf.domain.meeting.Meeting;
import se.paragraf.domain.paragraph.Paragraph;

/**
 * A paragraph with what the index needs from its meeting and board. {@code adjusted},
 * {@code hasAssignments} and {@code goals} wait for justering, uppdrag and mål in the model;
 * until then they are false, false and empty.
 */
public record IndexedParagraph(Paragraph paragraph, Board board, LocalDate date, ParagraphKind kind,
                               boolean adjusted, boolean hasAssignments, List<String> goals) {
    public IndexedParagraph {
        goals = List.copyOf(goals);
    }

    public static IndexedParagraph of(Paragraph paragraph, Meeting meeting, Board board) {
        return new IndexedParagraph(paragraph, board, meeting.date(), ParagraphKind.of(paragraph), false, false,
                List.of());
    }
}
