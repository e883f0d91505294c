package se.paragraf.application.search;

import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import se.paragraf.domain.board.BoardId;
import se.paragraf.domain.matter.CaseNumber;
import se.paragraf.domain.meeting.MeetingId;
import se.paragraf.domain.paragraph.ParagraphId;
import se.paragraf.domain.paragraph.ParagraphNumber;

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

    /** Board, title and snippet through {@code text}: how the public view masks and a PDF makes them printable. */
    public SearchHit mapText(UnaryOperator<String> text) {
        return new SearchHit(paragraph, meeting, board, text.apply(boardName), date, number, text.apply(title),
                caseNumbers, kind, text.apply(snippet), score);
    }

    public String plainSnippet() {
        return snippet.replace(MARK_START, "").replace(MARK_END, "");
    }
}
