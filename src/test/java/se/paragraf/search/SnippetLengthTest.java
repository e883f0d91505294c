package se.paragraf.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.paragraf.application.search.SearchHit;
import se.paragraf.application.search.SearchQuery;

/** A snippet shows where the words stand, even in a § that is one long list without sentence ends. */
class SnippetLengthTest {
    private static final int ABOUT_TWO_LINES = 320;

    @Test
    void aListParagraphGetsAShortSnippetAroundItsMatches(@TempDir Path dataDir) {
        SearchFixture archive = SearchFixture.open(dataDir);
        try {
            archive.services.createDemoArchive().create();

            SearchHit delgivningar = archive.services.searchParagraphs().search(SearchQuery.of("revisionsrapport*"))
                    .hits().stream().filter(h -> h.title().equals("Delgivningar")).findFirst().orElseThrow();

            // The whole § 134 list is over 1,500 characters; the snippet must be a window of it.
            String shown = delgivningar.snippet().replace(SearchHit.MARK_START, "").replace(SearchHit.MARK_END, "");
            assertThat(shown.length()).isLessThanOrEqualTo(ABOUT_TWO_LINES);
            assertThat(delgivningar.snippet()).contains(SearchHit.MARK_START + "Revisionsrapport");
        } finally {
            archive.close();
        }
    }
}
