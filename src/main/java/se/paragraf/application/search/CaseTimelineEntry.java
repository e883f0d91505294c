package se.paragraf.application.search;

import java.time.LocalDate;
import java.util.List;
import se.paragraf.domain.board.BoardId;
import se.paragraf.domain.board.BoardKind;
import se.paragraf.domain.matter.CaseNumber;
import se.paragraf.domain.meeting.MeetingId;
import se.paragraf.domain.paragraph.ParagraphId;
import se.paragraf.domain.paragraph.ParagraphNumber;

/**
 * One step of a case: a paragraph of some board. {@code paragraph} and {@code meeting} are what
 * the window needs to open the paragraph or its extract. {@code adjusted}: its protocol is
 * justerat, or the § was omedelbart justerad.
 */
public record CaseTimelineEntry(ParagraphId paragraph, MeetingId meeting, BoardId board, String boardName,
                                BoardKind boardKind, LocalDate date, ParagraphNumber number, String title,
                                List<CaseNumber> caseNumbers, ParagraphKind kind, String decisionSummary,
                                boolean adjusted) {
    public CaseTimelineEntry {
        caseNumbers = List.copyOf(caseNumbers);
    }
}
