package se.paragraf.application.search;

import java.util.Collection;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.paragraf.domain.paragraph.ParagraphId;

/**
 * Brings the index in step after the database has committed. The archive is the truth: if the
 * index fails, the saved work stands and the index is marked stale, so that it is rebuilt from
 * the database at the latest when the archive is next opened. Every writer of paragraphs uses this.
 */
public final class IndexFollower {
    private static final Logger LOG = LoggerFactory.getLogger(IndexFollower.class);

    private final ParagraphIndex index;

    public IndexFollower(ParagraphIndex index) {
        this.index = index;
    }

    public void follow(Collection<IndexedParagraph> documents) {
        follow(List.of(), documents);
    }

    public void follow(Collection<ParagraphId> removed, Collection<IndexedParagraph> documents) {
        if (removed.isEmpty() && documents.isEmpty()) {
            return;
        }
        try {
            removed.forEach(index::remove);
            index.replace(documents);
        } catch (RuntimeException e) {
            LOG.warn("Sökindexet kunde inte följa {} sparade och {} borttagna paragrafer; det byggs om vid nästa start",
                    documents.size(), removed.size(), e);
            index.markStale();
        }
    }
}
