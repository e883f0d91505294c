package se.paragraf.persistence;

import static se.paragraf.persistence.jooq.Tables.AUDIT_ENTRY;
import static se.paragraf.persistence.jooq.Tables.MINUTES_DOCUMENT;

import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import se.paragraf.domain.audit.AuditEntry;
import se.paragraf.domain.audit.AuditLog;
import se.paragraf.domain.audit.RegisteredDocument;
import se.paragraf.persistence.jooq.tables.records.MinutesDocumentRecord;

/** Reads the trail the trigger writes; documents are registered here and audited by the trigger too. */
final class JooqAuditLog implements AuditLog {
    private final DSLContext dsl;

    private final AuditRecorder audit;

    JooqAuditLog(DSLContext dsl, AuditRecorder audit) {
        this.dsl = dsl;
        this.audit = audit;
    }

    @Override
    public List<AuditEntry> entries(long meeting) {
        return dsl.selectFrom(AUDIT_ENTRY).where(AUDIT_ENTRY.MEETING_ID.eq(meeting)).orderBy(AUDIT_ENTRY.SEQ)
                .fetch(r -> new AuditEntry(r.getMeetingId(), r.getSeq(), r.getRecordedAt(), r.getOsUser(),
                        r.getOperation(), r.getTableName(), r.getRowKey(), r.getRowHash(), r.getPreviousHash(),
                        r.getEntryHash()));
    }

    @Override
    public void register(RegisteredDocument d) {
        audit.record(d.meeting(), "DOKUMENT", "minutes_document", d.kind() + " " + d.fileName(), d.sha256());
        dsl.insertInto(MINUTES_DOCUMENT).values(d.meeting(), d.sha256(), d.kind().name(), d.fileName(),
                d.recordedAt(), d.user()).onConflictDoNothing().execute();
    }

    @Override
    public List<RegisteredDocument> documents(long meeting) {
        return dsl.selectFrom(MINUTES_DOCUMENT).where(MINUTES_DOCUMENT.MEETING_ID.eq(meeting))
                .orderBy(MINUTES_DOCUMENT.RECORDED_AT).fetch(JooqAuditLog::document);
    }

    @Override
    public Optional<RegisteredDocument> findDocument(long meeting, String sha256) {
        return dsl.selectFrom(MINUTES_DOCUMENT).where(MINUTES_DOCUMENT.MEETING_ID.eq(meeting))
                .and(MINUTES_DOCUMENT.SHA256.eq(sha256)).fetchOptional(JooqAuditLog::document);
    }

    @Override
    public String head(long meeting) {
        return audit.head(meeting);
    }

    private static RegisteredDocument document(MinutesDocumentRecord r) {
        return new RegisteredDocument(r.getMeetingId(), RegisteredDocument.Kind.valueOf(r.getKind()), r.getSha256(),
                r.getFileName(), r.getRecordedAt(), r.getOsUser());
    }
}
