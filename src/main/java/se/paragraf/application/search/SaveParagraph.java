package se.paragraf.application.search;

import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import se.paragraf.application.Repositories;
import se.paragraf.application.UnitOfWork;
import se.paragraf.domain.paragraph.Paragraph;
import se.paragraf.domain.paragraph.ParagraphId;

/**
 * Use case: save paragraphs and make them findable at once. The database commits first; the
 * index follows. If the index then fails, the saved work stands and the index is marked stale,
 * so that it is rebuilt from the database at the latest when the archive is next opened.
 */
public final class SaveParagraph {
    private final UnitOfWork unitOfWork;
    private final IndexFollower indexFollower;

    public SaveParagraph(UnitOfWork unitOfWork, ParagraphIndex index) {
        this.unitOfWork = unitOfWork;
        this.indexFollower = new IndexFollower(index);
    }

    public void save(Paragraph paragraph) {
        saveAll(List.of(paragraph));
    }

    /** All or nothing in the database: one transaction for the lot. */
    public void saveAll(Collection<Paragraph> paragraphs) {
        saveAll(r -> { }, paragraphs, r -> { }, List.of());
    }

    /**
     * One transaction for a change that spans more than paragraphs (an agenda renumbering):
     * {@code before} (e.g. deleting {@code removed} §§ and renumbering), the saves, then
     * {@code after} (e.g. the agenda that refers to them). The index follows as for any save.
     */
    public void saveAll(Consumer<Repositories> before, Collection<Paragraph> paragraphs, Consumer<Repositories> after,
                        Collection<ParagraphId> removed) {
        List<IndexedParagraph> documents = unitOfWork.transaction(r -> {
            before.accept(r);
            List<IndexedParagraph> docs = paragraphs.stream().map(p -> {
                r.paragraphs().save(p);
                return ParagraphDocuments.of(r, p);
            }).toList();
            after.accept(r);
            return docs;
        });
        indexFollower.follow(removed, documents);
    }
}
