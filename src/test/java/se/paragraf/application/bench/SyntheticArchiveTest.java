package se.paragraf.application.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.paragraf.app.Composition;
import se.paragraf.application.OpenArchive;
import se.paragraf.application.search.CaseTimelineEntry;
import se.paragraf.application.search.SearchQuery;

class SyntheticArchiveTest {
    @TempDir
    Path dataDir;

    @Test
    void buildsTheRequestedParagraphsOverTwentyYearsWithCasesThatTravelBetweenBoards() {
        try (OpenArchive archive = new Composition().open(dataDir)) {
            SyntheticArchive.Built built = archive.services().syntheticArchive().build(3000, 7);

            assertThat(built.paragraphs()).isEqualTo(3000);
            assertThat(archive.services().describeArchive().describe().paragraphs()).isEqualTo(3000);
            assertThat(built.boards()).hasSize(6);
            List<List<CaseTimelineEntry>> timelines = built.caseNumbers().stream()
                    .map(c -> archive.services().lookupCase().lookup(c).entries()).toList();
            assertThat(timelines).allMatch(t -> !t.isEmpty());
            assertThat(timelines).anyMatch(t -> t.stream().map(CaseTimelineEntry::board).distinct().count() > 1);
            assertThat(archive.services().searchParagraphs().search(SearchQuery.of("revisionsrapport")).totalHits())
                    .isPositive();
            assertThat(BenchQueries.mix(1, 200, built.boards())).hasSize(1000);
        }
    }
}
