package se.paragraf.application.search;

import java.util.Collection;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.paragraf.application.UnitOfWork;
import se.paragraf.domain.paragraph.Paragraph;

/**
 * Use case: save paragraphs and make them findable at once. The database commits first; the
 * index follows. If the index then fails, the saved work stands and the index is marked stale,
 * so that it is rebuilt from the database at the latest when the archive is next opened.
 */
public final class SaveParagraph {
    private static final Logger LOG = LoggerFactory.getLogger(SaveParagraph.class);

    private final UnitOfWork unitOfWork;
    private final ParagraphIndex index;

    public SaveParagraph(UnitOfWork unitOfWork, ParagraphIndex index) {
        this.unitOfWork = unitOfWork;
        this.index = index;
    }

    public void save(Paragraph paragraph) {
        saveAll(List.of(paragraph));
    }

    /** All or nothing in the database: one transaction for the lot. */
    public void saveAll(Collection<Paragraph> paragraphs) {
        List<IndexedParagraph> documents = unitOfWork.transaction(r -> paragraphs.stream().map(p -> {
            r.paragraphs().save(p);
            return ParagraphDocuments.of(r, p);
        }).toList());
        try {
            index.replace(documents);
        } catch (RuntimeException e) {
            LOG.warn("Sökindexet kunde inte uppdateras efter att {} paragrafer sparats; det byggs om vid nästa start",
                    documents.size(), e);
            index.markStale();
        }
    }
}
