package se.paragraf.persistence;

import static se.paragraf.persistence.jooq.Sequences.CORRECTION_SEQ;
import static se.paragraf.persistence.jooq.Tables.CORRECTION;

import java.util.List;
import org.jooq.DSLContext;
import se.paragraf.domain.audit.Canonical;
import se.paragraf.domain.adjustment.Correction;
import se.paragraf.domain.adjustment.CorrectionId;
import se.paragraf.domain.adjustment.CorrectionRepository;
import se.paragraf.domain.meeting.MeetingId;
import se.paragraf.domain.paragraph.ParagraphId;

final class JooqCorrectionRepository implements CorrectionRepository {
    private final DSLContext dsl;

    private final AuditRecorder audit;

    JooqCorrectionRepository(DSLContext dsl, AuditRecorder audit) {
        this.dsl = dsl;
        this.audit = audit;
    }

    @Override
    public CorrectionId nextId() {
        return new CorrectionId(dsl.nextval(CORRECTION_SEQ));
    }

    @Override
    public void add(Correction c) {
        audit.record(c.meeting().value(), AuditRecorder.ADDED, "correction", "rättelse " + c.id().value(), Canonical.sha256(c));
        dsl.insertInto(CORRECTION).values(c.id().value(), c.meeting().value(),
                c.paragraph() == null ? null : c.paragraph().value(), c.madeAt(), c.madeBy(), c.reason(), c.text())
                .execute();
    }

    @Override
    public List<Correction> findByMeeting(MeetingId meeting) {
        return dsl.selectFrom(CORRECTION).where(CORRECTION.MEETING_ID.eq(meeting.value()))
                .orderBy(CORRECTION.MADE_AT, CORRECTION.ID)
                .fetch(r -> new Correction(new CorrectionId(r.getId()), meeting,
                        r.getParagraphId() == null ? null : new ParagraphId(r.getParagraphId()), r.getMadeAt(),
                        r.getMadeBy(), r.getReason(), r.getBody()));
    }
}
