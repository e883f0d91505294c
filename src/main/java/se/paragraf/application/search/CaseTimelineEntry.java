package se.paragraf.application.search;

import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import se.paragraf.domain.board.BoardId;
import se.paragraf.domain.board.BoardKind;
import se.paragraf.domain.matter.CaseNumber;
import se.paragraf.domain.meeting.MeetingId;
import se.paragraf.domain.paragraph.Confidentiality;
import se.paragraf.domain.paragraph.ParagraphId;
import se.paragraf.domain.paragraph.ParagraphNumber;
import se.paragraf.domain.shared.PersonalNumbers;

/**
 * One step of a case: a paragraph of some board. {@code paragraph} and {@code meeting} are what
 * the window needs to open the paragraph or its extract. {@code adjusted}: its protocol is
 * justerat, or the § was omedelbart justerad. {@code confidentiality}: null, or the § is under
 * sekretess and its decision is not shown in the public version.
 */
public record CaseTimelineEntry(ParagraphId paragraph, MeetingId meeting, BoardId board, String boardName,
                                BoardKind boardKind, LocalDate date, ParagraphNumber number, String title,
                                List<CaseNumber> caseNumbers, ParagraphKind kind, String decisionSummary,
                                boolean adjusted, Confidentiality confidentiality) {
    public CaseTimelineEntry {
        caseNumbers = List.copyOf(caseNumbers);
    }

    /** As the public may see it: personnummer masked, a sekretess-§'s decision replaced by its OSL reference. */
    public CaseTimelineEntry publicView() {
        String summary = confidentiality == null ? decisionSummary : confidentiality.notice();
        return new CaseTimelineEntry(paragraph, meeting, board, boardName, boardKind, date, number, title, caseNumbers,
                kind, summary, adjusted, confidentiality).mapText(PersonalNumbers::mask);
    }

    /** Board, title and decision through {@code text}. */
    public CaseTimelineEntry mapText(UnaryOperator<String> text) {
        return new CaseTimelineEntry(paragraph, meeting, board, text.apply(boardName), boardKind, date, number,
                text.apply(title), caseNumbers, kind, text.apply(decisionSummary), adjusted, confidentiality);
    }
}
