package se.paragraf.persistence;

import static se.paragraf.persistence.jooq.Tables.PARAGRAPH;
import static se.paragraf.persistence.jooq.Tables.PARAGRAPH_ADJUSTMENT;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;
import se.paragraf.domain.audit.Canonical;
import se.paragraf.domain.adjustment.ParagraphAdjustment;
import se.paragraf.domain.adjustment.ParagraphAdjustmentRepository;
import se.paragraf.domain.meeting.MeetingId;
import se.paragraf.domain.paragraph.ParagraphId;

final class JooqParagraphAdjustmentRepository implements ParagraphAdjustmentRepository {
    private final DSLContext dsl;

    private final AuditRecorder audit;

    JooqParagraphAdjustmentRepository(DSLContext dsl, AuditRecorder audit) {
        this.dsl = dsl;
        this.audit = audit;
    }

    @Override
    public void add(ParagraphAdjustment adjustment) {
        audit.record(audit.meetingOf(adjustment.paragraph().value()), "JUSTERAD", "paragraph_adjustment", "paragraf id " + adjustment.paragraph().value(), Canonical.sha256(adjustment));
        dsl.insertInto(PARAGRAPH_ADJUSTMENT).values(adjustment.paragraph().value(), adjustment.adjustedOn()).execute();
    }

    @Override
    public Optional<ParagraphAdjustment> find(ParagraphId paragraph) {
        return dsl.selectFrom(PARAGRAPH_ADJUSTMENT).where(PARAGRAPH_ADJUSTMENT.PARAGRAPH_ID.eq(paragraph.value()))
                .fetchOptional(r -> new ParagraphAdjustment(paragraph, r.getAdjustedOn()));
    }

    @Override
    public Set<ParagraphId> findAdjustedParagraphs() {
        return dsl.select(PARAGRAPH_ADJUSTMENT.PARAGRAPH_ID).from(PARAGRAPH_ADJUSTMENT)
                .fetchSet(r -> new ParagraphId(r.value1()));
    }

    @Override
    public List<ParagraphAdjustment> findByMeeting(MeetingId meeting) {
        return dsl.select(PARAGRAPH_ADJUSTMENT.PARAGRAPH_ID, PARAGRAPH_ADJUSTMENT.ADJUSTED_ON).from(PARAGRAPH_ADJUSTMENT)
                .join(PARAGRAPH).on(PARAGRAPH.ID.eq(PARAGRAPH_ADJUSTMENT.PARAGRAPH_ID))
                .where(PARAGRAPH.MEETING_ID.eq(meeting.value()))
                .orderBy(PARAGRAPH.NUMBER, PARAGRAPH.SUFFIX)
                .fetch(r -> new ParagraphAdjustment(new ParagraphId(r.value1()), r.value2()));
    }
}
