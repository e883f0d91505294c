package se.paragraf.application.meeting;

import se.paragraf.domain.board.Board;
import se.paragraf.domain.meeting.Meeting;
import se.paragraf.domain.paragraph.Paragraph;

/** One paragraph with the meeting and board it belongs to, e.g. for a search hit. */
public record ParagraphDetails(Paragraph paragraph, Meeting meeting, Board board) {
}
