package se.paragraf.application.adjustment;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import se.paragraf.application.CurrentUser;
import se.paragraf.application.UnitOfWork;
import se.paragraf.application.audit.SealRecords;
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
    private final CurrentUser user;
    private final Clock clock;

    public AdjustParagraph(UnitOfWork unitOfWork, ReindexParagraphs reindex, CurrentUser user, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.reindex = reindex;
        this.user = user;
        this.clock = clock;
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
            SealRecords.paragraph(r, paragraph.meeting(), id, paragraph.number().toString(), user.name(),
                    LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS));
            return adjustment;
        });
        reindex.paragraphs(List.of(id));
        return done;
    }

    public List<ParagraphAdjustment> adjustedParagraphs(MeetingId meeting) {
        return unitOfWork.transaction(r -> r.paragraphAdjustments().findByMeeting(meeting));
    }
}
