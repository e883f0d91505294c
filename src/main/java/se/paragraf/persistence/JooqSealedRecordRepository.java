package se.paragraf.persistence;

import static se.paragraf.persistence.jooq.Tables.SEALED_RECORD;

import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record6;
import org.jooq.impl.DSL;
import se.paragraf.domain.audit.SealedRecord;
import se.paragraf.domain.audit.SealedRecordRepository;

/** Sealed records; the table's trigger keeps them append-only (V7). */
final class JooqSealedRecordRepository implements SealedRecordRepository {
    private final DSLContext dsl;
    private final AuditRecorder audit;

    JooqSealedRecordRepository(DSLContext dsl, AuditRecorder audit) {
        this.dsl = dsl;
        this.audit = audit;
    }

    @Override
    public long nextId() {
        Long max = dsl.select(DSL.max(SEALED_RECORD.ID)).from(SEALED_RECORD).fetchOne(0, Long.class);
        return max == null ? 1 : max + 1;
    }

    @Override
    public void add(SealedRecord r) {
        dsl.insertInto(SEALED_RECORD).values(r.id(), r.meeting(), r.kind().name(), r.subject(), r.format(),
                r.canonical(), r.contentSha256(), r.auditHead(), r.previousSeal(), r.sealedAt(), r.sealedBy(),
                r.seal()).execute();
        audit.record(r.meeting(), "FÖRSEGLAD", "sealed_record", r.kind() + " " + r.subject(), r.seal());
    }

    @Override
    public List<SealedRecord> findByMeeting(long meeting) {
        return dsl.selectFrom(SEALED_RECORD).where(SEALED_RECORD.MEETING_ID.eq(meeting)).orderBy(SEALED_RECORD.ID)
                .fetch(r -> new SealedRecord(r.getId(), r.getMeetingId(), SealedRecord.Kind.valueOf(r.getKind()),
                        r.getSubject(), r.getFormat(), r.getCanonical(), r.getContentSha256(), r.getAuditHead(),
                        r.getPreviousSeal(), r.getSealedAt(), r.getSealedBy(), r.getSeal()));
    }

    @Override
    public Optional<SealedRecord.SealLink> newest() {
        return dsl.select(SEALED_RECORD.ID, SEALED_RECORD.MEETING_ID, SEALED_RECORD.KIND, SEALED_RECORD.SUBJECT,
                        SEALED_RECORD.PREVIOUS_SEAL, SEALED_RECORD.SEAL)
                .from(SEALED_RECORD).orderBy(SEALED_RECORD.ID.desc()).limit(1).fetchOptional(JooqSealedRecordRepository::link);
    }

    @Override
    public List<SealedRecord.SealLink> links() {
        return dsl.select(SEALED_RECORD.ID, SEALED_RECORD.MEETING_ID, SEALED_RECORD.KIND, SEALED_RECORD.SUBJECT,
                SEALED_RECORD.PREVIOUS_SEAL, SEALED_RECORD.SEAL).from(SEALED_RECORD).orderBy(SEALED_RECORD.ID)
                .fetch(JooqSealedRecordRepository::link);
    }

    @Override
    public List<Long> sealedMeetings() {
        return dsl.selectDistinct(SEALED_RECORD.MEETING_ID).from(SEALED_RECORD).orderBy(SEALED_RECORD.MEETING_ID)
                .fetch(SEALED_RECORD.MEETING_ID);
    }

    private static SealedRecord.SealLink link(Record6<Long, Long, String, String, String, String> r) {
        return new SealedRecord.SealLink(r.value1(), r.value2(), SealedRecord.Kind.valueOf(r.value3()), r.value4(),
                r.value5(), r.value6());
    }
}
