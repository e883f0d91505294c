package se.paragraf.application.search;

import java.time.LocalDate;
import java.util.List;
import se.paragraf.domain.board.BoardId;
import se.paragraf.domain.matter.CaseNumber;
import se.paragraf.domain.meeting.MeetingId;
import se.paragraf.domain.paragraph.ParagraphId;
import se.paragraf.domain.paragraph.ParagraphNumber;
import se.paragraf.domain.shared.PersonalNumbers;

/**
 * One paragraph found. The snippet marks matched words with {@link #MARK_START} and
 * {@link #MARK_END}; {@link #plainSnippet()} drops the marks for export.
 */
public record SearchHit(ParagraphId paragraph, MeetingId meeting, BoardId board, String boardName, LocalDate date,
                        ParagraphNumber number, String title, List<CaseNumber> caseNumbers, ParagraphKind kind,
                        String snippet, float score) {
    public static final String MARK_START = "«";
    public static final String MARK_END = "»";

    public SearchHit {
        caseNumbers = List.copyOf(caseNumbers);
        snippet = snippet == null ? "" : snippet;
    }

    /** Title, board and snippet with every personnummer masked. */
    public SearchHit masked() {
        return new SearchHit(paragraph, meeting, board, PersonalNumbers.mask(boardName), date, number,
                PersonalNumbers.mask(title), caseNumbers, kind, PersonalNumbers.mask(snippet), score);
    }

    public String plainSnippet() {
        return snippet.replace(MARK_START, "").replace(MARK_END, "");
    }
}
