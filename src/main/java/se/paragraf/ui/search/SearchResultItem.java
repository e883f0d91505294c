package se.paragraf.ui.search;

import java.util.List;
import java.util.stream.Collectors;
import se.paragraf.application.search.CaseTimelineEntry;
import se.paragraf.application.search.SearchHit;
import se.paragraf.application.search.Snippet;
import se.paragraf.domain.matter.CaseNumber;
import se.paragraf.domain.meeting.MeetingId;
import se.paragraf.domain.paragraph.ParagraphId;
import se.paragraf.ui.Messages;

/**
 * One line of the result list, already formatted: a full-text hit (its snippet with the « »
 * marks still in, for the view to set in bold) or a step of a case timeline (the decision in
 * short and whether the paragraph is justerad). {@code meeting} is for its extract.
 */
public record SearchResultItem(ParagraphId paragraph, MeetingId meeting, String board, String date, String number, String title,
                               String caseNumbers, String kind, String snippet, String adjusted) {

    static SearchResultItem of(SearchHit hit) {
        return new SearchResultItem(hit.paragraph(), hit.meeting(), hit.boardName(), hit.date().toString(), "§ " + hit.number(),
                hit.title(), joined(hit.caseNumbers()), hit.kind().swedishName(), flowing(hit.snippet()), "");
    }

    static SearchResultItem of(CaseTimelineEntry entry) {
        return new SearchResultItem(entry.paragraph(), entry.meeting(), entry.boardName(), entry.date().toString(),
                "§ " + entry.number(), entry.title(), joined(entry.caseNumbers()), entry.kind().swedishName(),
                flowing(entry.decisionSummary()),
                entry.adjusted() ? Messages.get("search.adjusted.yes") : Messages.get("search.adjusted.no"));
    }

    /** The snippet as the user reads it, without the highlight marks. */
    public String plainSnippet() {
        return Snippet.parse(snippet).stream().map(Snippet.Part::text).collect(Collectors.joining());
    }

    /** The protocol's line breaks ("Ärendebeskrivning" on a line of its own) would break a hit into a column. */
    private static String flowing(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    private static String joined(List<CaseNumber> caseNumbers) {
        return caseNumbers.stream().map(CaseNumber::compact).collect(Collectors.joining(", "));
    }
}
