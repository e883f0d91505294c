package se.paragraf.application.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import se.paragraf.application.KnownVersions;
import se.paragraf.application.Repositories;
import se.paragraf.application.UnitOfWork;
import se.paragraf.domain.paragraph.Paragraph;
import se.paragraf.domain.paragraph.ParagraphId;
import se.paragraf.domain.shared.StaleVersionException;

/**
 * Use case: save paragraphs and make them findable at once. The database commits first; the
 * index follows. If the index then fails, the saved work stands and the index is marked stale,
 * so that it is rebuilt from the database at the latest when the archive is next opened.
 *
 * <p>Every § is saved on the version this application last read or wrote of it, or its own if
 * newer ({@link KnownVersions}, ADR 0019): a § someone else saved in between is refused with a
 * {@link StaleVersionException}, and nothing of the transaction is written.
 */
public final class SaveParagraph {
    private final UnitOfWork unitOfWork;
    private final IndexFollower indexFollower;
    private final KnownVersions<ParagraphId> known = new KnownVersions<>();

    public SaveParagraph(UnitOfWork unitOfWork, ParagraphIndex index) {
        this.unitOfWork = unitOfWork;
        this.indexFollower = new IndexFollower(index);
    }

    /** The § as saved, at the version the archive now holds. */
    public Paragraph save(Paragraph paragraph) {
        return saveIn(r -> { }, paragraph);
    }

    /**
     * As {@link #save}, after {@code before} in the same transaction (e.g. the check that the
     * protocol may still be changed), so that nothing can come between the check and the write.
     */
    public Paragraph saveIn(Consumer<Repositories> before, Paragraph paragraph) {
        List<IndexedParagraph> documents = new ArrayList<>(1);
        Paragraph saved = unitOfWork.transaction(r -> {
            before.accept(r);
            Paragraph written = write(r, paragraph);
            documents.add(ParagraphDocuments.of(r, written));
            return written;
        });
        known.saw(saved.id(), saved.version());
        indexFollower.follow(List.of(), documents);
        return saved;
    }

    /** All or nothing in the database: one transaction for the lot. */
    public void saveAll(Collection<Paragraph> paragraphs) {
        List<Paragraph> saved = new ArrayList<>();
        List<IndexedParagraph> documents = unitOfWork.transaction(r -> {
            saved.clear();
            return paragraphs.stream().map(p -> {
                Paragraph written = write(r, p);
                saved.add(written);
                return ParagraphDocuments.of(r, written);
            }).toList();
        });
        saved.forEach(p -> known.saw(p.id(), p.version()));
        indexFollower.follow(List.of(), documents);
    }

    /**
     * One transaction for a change that spans more than paragraphs (an agenda renumbering):
     * {@code before} (e.g. deleting {@code removed} §§ and renumbering), the saves, then
     * {@code after} (e.g. the agenda that refers to them). The index follows as for any save.
     * Every § is checked against the version this application knows before {@code before}
     * runs; after it (a renumbering gives a § a new version) the § is written on the version
     * the transaction itself left.
     */
    public void saveAll(Consumer<Repositories> before, Collection<Paragraph> paragraphs, Consumer<Repositories> after,
                        Collection<ParagraphId> removed) {
        List<Paragraph> saved = new ArrayList<>();
        List<IndexedParagraph> documents = unitOfWork.transaction(r -> {
            saved.clear();
            for (Paragraph p : paragraphs) {
                long basis = known.basis(p.id(), p.version());
                r.paragraphs().versionOf(p.id()).ifPresent(stored -> {
                    if (stored != basis) {
                        throw new StaleVersionException("§ " + p.number(), stored, basis);
                    }
                });
            }
            before.accept(r);
            List<IndexedParagraph> docs = paragraphs.stream().map(p -> {
                Paragraph current = p.withVersion(r.paragraphs().versionOf(p.id()).orElse(p.version()));
                Paragraph written = current.withVersion(r.paragraphs().save(current));
                saved.add(written);
                return ParagraphDocuments.of(r, written);
            }).toList();
            after.accept(r);
            return docs;
        });
        saved.forEach(p -> known.saw(p.id(), p.version()));
        removed.forEach(known::forget);
        indexFollower.follow(removed, documents);
    }

    /** {@code paragraph} was read at its version: a later save of it is made on that version. */
    public void read(Paragraph paragraph) {
        known.saw(paragraph.id(), paragraph.version());
    }

    private Paragraph write(Repositories r, Paragraph p) {
        Paragraph basis = p.withVersion(known.basis(p.id(), p.version()));
        return basis.withVersion(r.paragraphs().save(basis));
    }
}
