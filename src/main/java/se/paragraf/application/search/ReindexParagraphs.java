package se.paragraf.application.search;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.paragraf.application.Repositories;
import se.paragraf.application.UnitOfWork;
import se.paragraf.domain.meeting.MeetingId;
import se.paragraf.domain.paragraph.Paragraph;
import se.paragraf.domain.paragraph.ParagraphId;

/**
 * Brings the index in step after a change around paragraphs rather than in them: a justering, an
 * uppdrag accepted or linked, a goal linked or unlinked. Called after the change has committed; the
 * paragraphs are read anew and handed to the {@link IndexFollower}. If even the reading fails, the
 * change stands and the index is marked stale, as for any save.
 */
public final class ReindexParagraphs {
    private static final Logger LOG = LoggerFactory.getLogger(ReindexParagraphs.class);

    private final UnitOfWork unitOfWork;
    private final ParagraphIndex index;
    private final IndexFollower indexFollower;

    public ReindexParagraphs(UnitOfWork unitOfWork, ParagraphIndex index) {
        this.unitOfWork = unitOfWork;
        this.index = index;
        this.indexFollower = new IndexFollower(index);
    }

    public void paragraphs(Collection<ParagraphId> paragraphs) {
        if (!paragraphs.isEmpty()) {
            reindex(r -> paragraphs.stream().distinct().map(id -> r.paragraphs().findById(id))
                    .flatMap(Optional::stream).toList());
        }
    }

    /** Every § of the meeting, as after its justering. */
    public void meeting(MeetingId meeting) {
        reindex(r -> r.paragraphs().findByMeeting(meeting));
    }

    private void reindex(Function<Repositories, List<Paragraph>> which) {
        List<IndexedParagraph> documents;
        try {
            documents = unitOfWork.transaction(r -> which.apply(r).stream().map(p -> ParagraphDocuments.of(r, p)).toList());
        } catch (RuntimeException e) {
            LOG.warn("Sökindexet kunde inte läsa om de ändrade paragraferna; det byggs om vid nästa start", e);
            index.markStale();
            return;
        }
        indexFollower.follow(documents);
    }
}
