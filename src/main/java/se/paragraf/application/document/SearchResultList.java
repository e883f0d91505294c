package se.paragraf.application.document;

import java.time.LocalDateTime;
import java.util.List;
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
}
