package se.paragraf.persistence;

import static se.paragraf.persistence.jooq.Tables.ADJUSTMENT_SIGNATURE;

import java.util.List;
import org.jooq.DSLContext;
import se.paragraf.domain.audit.Canonical;
import org.jooq.impl.DSL;
import se.paragraf.domain.adjustment.AdjustmentSignature;
import se.paragraf.domain.adjustment.AdjustmentSignatureRepository;
import se.paragraf.domain.adjustment.SignerRole;
import se.paragraf.domain.meeting.MeetingId;

final class JooqAdjustmentSignatureRepository implements AdjustmentSignatureRepository {
    private final DSLContext dsl;

    private final AuditRecorder audit;

    JooqAdjustmentSignatureRepository(DSLContext dsl, AuditRecorder audit) {
        this.dsl = dsl;
        this.audit = audit;
    }

    @Override
    public void add(AdjustmentSignature s) {
        audit.record(s.meeting().value(), AuditRecorder.ADDED, "signature", s.role() + " " + s.name(), Canonical.sha256(s));
        long meeting = s.meeting().value();
        Integer last = dsl.select(DSL.max(ADJUSTMENT_SIGNATURE.ORDINAL)).from(ADJUSTMENT_SIGNATURE)
                .where(ADJUSTMENT_SIGNATURE.MEETING_ID.eq(meeting)).fetchOne(0, Integer.class);
        dsl.insertInto(ADJUSTMENT_SIGNATURE).values(meeting, last == null ? 0 : last + 1, s.role().name(), s.name(),
                s.signedAt(), s.method().name(), s.recordedBy()).execute();
    }

    @Override
    public List<AdjustmentSignature> findByMeeting(MeetingId meeting) {
        return dsl.selectFrom(ADJUSTMENT_SIGNATURE).where(ADJUSTMENT_SIGNATURE.MEETING_ID.eq(meeting.value()))
                .orderBy(ADJUSTMENT_SIGNATURE.ORDINAL)
                .fetch(r -> new AdjustmentSignature(meeting, SignerRole.valueOf(r.getRole()), r.getName(),
                        r.getSignedAt(), AdjustmentSignature.Method.valueOf(r.getMethod()), r.getRecordedBy()));
    }
}
