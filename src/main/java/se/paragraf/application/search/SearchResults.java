package se.paragraf.application.search;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import se.paragraf.domain.shared.PersonalNumbers;

/**
 * The answer to a search. When the whole query was a diarienummer, {@code timeline} holds the
 * case's history and {@code hits} the same paragraphs in the same order. {@code internal}: the
 * answer holds sekretess-§§ and personnummer as stored; otherwise it is the public one.
 */
public record SearchResults(String query, CaseTimeline timeline, List<SearchHit> hits, long totalHits,
                            boolean internal) {
    public SearchResults {
        hits = List.copyOf(hits);
    }

    /** A public answer. */
    public SearchResults(String query, CaseTimeline timeline, List<SearchHit> hits, long totalHits) {
        this(query, timeline, hits, totalHits, false);
    }

    /**
     * The public answer: personnummer masked in every string, a timeline's sekretess-§§ without their
     * decision. Hits from the index come public already (a sekretess-§'s text is not searched); masking
     * twice changes nothing, so this may be applied to any answer that is to be published.
     */
    public SearchResults publicView() {
        return timeline != null ? ofTimeline(PersonalNumbers.mask(query), timeline.publicView(), false)
                : new SearchResults(query, null, hits, totalHits, false).mapText(PersonalNumbers::mask);
    }

    /** The query and every string of the hits and the timeline through {@code text}. */
    public SearchResults mapText(UnaryOperator<String> text) {
        return new SearchResults(text.apply(query), timeline == null ? null : timeline.mapText(text),
                hits.stream().map(h -> h.mapText(text)).toList(), totalHits, internal);
    }

    /** A case's timeline as the answer: its entries are the hits, each with its decision as the snippet. */
    public static SearchResults ofTimeline(String query, CaseTimeline timeline, boolean internal) {
        return new SearchResults(query, timeline, timeline.entries().stream().map(e -> new SearchHit(
                e.paragraph(), e.meeting(), e.board(), e.boardName(), e.date(), e.number(), e.title(),
                e.caseNumbers(), e.kind(), e.decisionSummary(), 1f)).toList(), timeline.entries().size(), internal);
    }

    public Optional<CaseTimeline> caseTimeline() {
        return Optional.ofNullable(timeline);
    }
}
