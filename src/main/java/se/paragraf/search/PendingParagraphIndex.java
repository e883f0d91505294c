package se.paragraf.search;

import java.util.Collection;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import se.paragraf.application.search.IndexedParagraph;
import se.paragraf.application.search.ParagraphIndex;
import se.paragraf.application.search.SearchQuery;
import se.paragraf.application.search.SearchResults;
import se.paragraf.domain.paragraph.ParagraphId;

/**
 * The index while it is still being opened and checked in the background. Opening an archive
 * hands out its services as soon as the database is open, so the window fills without waiting
 * for the index's checksums; a search or a save that needs the index waits here until it is ready.
 */
public final class PendingParagraphIndex implements ParagraphIndex {
    private final CompletableFuture<? extends ParagraphIndex> opening;

    public PendingParagraphIndex(CompletableFuture<? extends ParagraphIndex> opening) {
        this.opening = opening;
    }

    private ParagraphIndex ready() {
        try {
            return opening.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    @Override
    public void replace(Collection<IndexedParagraph> paragraphs) {
        ready().replace(paragraphs);
    }

    @Override
    public void remove(ParagraphId paragraph) {
        ready().remove(paragraph);
    }

    @Override
    public SearchResults search(SearchQuery query) {
        return ready().search(query);
    }

    @Override
    public void rebuild(Consumer<Consumer<IndexedParagraph>> source) {
        ready().rebuild(source);
    }

    @Override
    public boolean isUsable() {
        return ready().isUsable();
    }

    @Override
    public void markStale() {
        ready().markStale();
    }

    @Override
    public long documentCount() {
        return ready().documentCount();
    }

    @Override
    public long sizeInBytes() {
        return ready().sizeInBytes();
    }

    /** Waits for the opening to end, so that a half-opened index is never left behind. */
    @Override
    public void close() {
        try {
            opening.join().close();
        } catch (CompletionException e) {
            // Opening failed: there is nothing to close, and the failure was logged where it happened.
        }
    }
}
