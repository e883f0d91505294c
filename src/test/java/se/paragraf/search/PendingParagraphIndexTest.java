package se.paragraf.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.paragraf.application.search.SearchQuery;
import se.paragraf.application.search.SearchResults;

class PendingParagraphIndexTest {
    @TempDir
    Path indexDir;

    @Test
    void aSearchWaitsForTheOpeningAndThenUsesTheIndex() throws Exception {
        CompletableFuture<LuceneParagraphIndex> opening = new CompletableFuture<>();
        PendingParagraphIndex pending = new PendingParagraphIndex(opening);
        ExecutorService caller = Executors.newSingleThreadExecutor();
        try {
            Future<SearchResults> search = caller.submit(() -> pending.search(SearchQuery.of("revisionsrapport")));

            assertThat(search.isDone()).as("no index yet, so the search must wait").isFalse();
            opening.complete(LuceneParagraphIndex.open(indexDir));

            assertThat(search.get(30, TimeUnit.SECONDS).totalHits()).isZero();
            assertThat(pending.documentCount()).isZero();
        } finally {
            caller.shutdownNow();
            pending.close();
        }
    }

    @Test
    void aFailedOpeningIsReportedWithItsOwnMessageAndClosingStillWorks() {
        CompletableFuture<LuceneParagraphIndex> opening = new CompletableFuture<>();
        opening.completeExceptionally(new SearchIndexException("Sökindexet i /x går inte att skriva.", null));
        PendingParagraphIndex pending = new PendingParagraphIndex(opening);

        assertThatThrownBy(() -> pending.search(SearchQuery.of("budget")))
                .isInstanceOf(SearchIndexException.class)
                .hasMessage("Sökindexet i /x går inte att skriva.");
        assertThatCode(pending::close).doesNotThrowAnyException();
    }
}
