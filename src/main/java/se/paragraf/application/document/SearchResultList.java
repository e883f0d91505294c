package se.paragraf.application.document;

import java.time.LocalDateTime;
import java.util.List;
import java.util.function.UnaryOperator;
import se.paragraf.application.search.SearchResults;

/**
 * What a result list document shows besides the hits: what was asked as the secretary typed it
 * (not the query the field made of it), the filters in Swedish, when and from which archive.
 */
public record SearchResultList(String asked, List<String> filters, LocalDateTime exported, String archive,
                               SearchResults results) {
    public SearchResultList {
        filters = List.copyOf(filters);
    }

    /** Every string shown through {@code text}. */
    public SearchResultList mapText(UnaryOperator<String> text) {
        return new SearchResultList(text.apply(asked), filters.stream().map(text).toList(), exported,
                text.apply(archive), results.mapText(text));
    }
}
