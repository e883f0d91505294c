package se.paragraf.application.search;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.paragraf.application.UnitOfWork;

/**
 * Use case: build the search index anew from the database, which is always the truth. Runs on
 * demand ({@code paragraf index rebuild}) and when an archive is opened with an index that is
 * missing, damaged, marked stale or out of step with the database.
 */
public final class RebuildIndex {
    private static final Logger LOG = LoggerFactory.getLogger(RebuildIndex.class);

    private final UnitOfWork unitOfWork;
    private final ParagraphIndex index;

    public RebuildIndex(UnitOfWork unitOfWork, ParagraphIndex index) {
        this.unitOfWork = unitOfWork;
        this.index = index;
    }

    /** Returns the number of paragraphs indexed. */
    public long rebuild() {
        long started = System.nanoTime();
        index.rebuild(sink -> ParagraphDocuments.all(unitOfWork, sink));
        long count = index.documentCount();
        LOG.info("Sökindexet byggdes om: {} paragrafer på {} ms", count, (System.nanoTime() - started) / 1_000_000);
        return count;
    }

    /** Rebuilds when the index cannot be trusted; returns whether it did. */
    public boolean ensureReady() {
        long paragraphs = unitOfWork.transaction(r -> r.paragraphs().count());
        if (index.isUsable() && index.documentCount() == paragraphs) {
            return false;
        }
        LOG.info("Sökindexet är {} ({} dokument, {} paragrafer i arkivet); det byggs om",
                index.isUsable() ? "inte i takt med arkivet" : "saknat, skadat eller inaktuellt",
                index.documentCount(), paragraphs);
        rebuild();
        return true;
    }
}
