package se.paragraf.application.search;

import java.util.List;
import java.util.Optional;

/**
 * The answer to a search. When the whole query was a diarienummer, {@code timeline} holds the
 * case's history and {@code hits} the same paragraphs in the same order.
 */
public record SearchResults(String query, CaseTimeline timeline, List<SearchHit> hits, long totalHits) {
    public SearchResults {
        hits = List.copyOf(hits);
    }

    public Optional<CaseTimeline> caseTimeline() {
        return Optional.ofNullable(timeline);
    }
}
