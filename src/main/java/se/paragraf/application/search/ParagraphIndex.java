package se.paragraf.application.search;

import java.util.Collection;
import java.util.function.Consumer;
import se.paragraf.domain.paragraph.ParagraphId;

/**
 * The full-text index of the archive's paragraphs. Never the source of truth: it can always be
 * rebuilt from the database, and is whenever it is missing, damaged or marked stale.
 * Implementations are safe for concurrent searches while one thread writes.
 */
public interface ParagraphIndex extends AutoCloseable {

    /** Adds or replaces these paragraphs and makes them searchable before returning. */
    void replace(Collection<IndexedParagraph> paragraphs);

    void remove(ParagraphId paragraph);

    SearchResults search(SearchQuery query);

    /**
     * Empties the index and fills it with what {@code source} hands to its consumer, then makes
     * it searchable and clears a stale mark.
     */
    void rebuild(Consumer<Consumer<IndexedParagraph>> source);

    /** False when the index was missing, unreadable or marked stale when opened, or marked stale since. */
    boolean isUsable();

    /** Records that the index missed a change, so that it is rebuilt at the latest on the next open. */
    void markStale();

    long documentCount();

    long sizeInBytes();

    @Override
    void close();
}
