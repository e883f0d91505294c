package se.paragraf.application.adjustment;

import java.time.LocalDate;
import java.util.List;
import se.paragraf.application.UnitOfWork;
import se.paragraf.application.search.ReindexParagraphs;
import se.paragraf.domain.adjustment.ParagraphAdjustment;
import se.paragraf.domain.meeting.MeetingId;
import se.paragraf.domain.paragraph.Paragraph;
import se.paragraf.domain.paragraph.ParagraphId;
import se.paragraf.domain.shared.DomainException;

/** Use case: omedelbar justering of single §§ at the meeting; they are unchangeable at once. */
public final class AdjustParagraph {
    private final UnitOfWork unitOfWork;
    private final ReindexParagraphs reindex;

    public AdjustParagraph(UnitOfWork unitOfWork, ReindexParagraphs reindex) {
        this.unitOfWork = unitOfWork;
        this.reindex = reindex;
    }

    public ParagraphAdjustment adjustImmediately(ParagraphId id, LocalDate on) {
        ParagraphAdjustment done = unitOfWork.transaction(r -> {
            Paragraph paragraph = r.paragraphs().findById(id)
                    .orElseThrow(() -> new DomainException("Paragrafen finns inte längre i arkivet."));
            if (r.paragraphAdjustments().find(id).isPresent()) {
                throw new DomainException("§ " + paragraph.number() + " är redan justerad.");
            }
            ParagraphAdjustment adjustment = ParagraphAdjustment.immediately(paragraph,
                    AdjustMinutes.current(r, paragraph.meeting()), on);
            r.paragraphAdjustments().add(adjustment);
            return adjustment;
        });
        reindex.paragraphs(List.of(id));
        return done;
    }

    public List<ParagraphAdjustment> adjustedParagraphs(MeetingId meeting) {
        return unitOfWork.transaction(r -> r.paragraphAdjustments().findByMeeting(meeting));
    }
}
