package se.paragraf.persistence;

import static se.paragraf.persistence.jooq.Tables.PROTOCOL_IMPORT;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import se.paragraf.application.importing.ImportLog;
import se.paragraf.application.importing.ImportRecord;
import se.paragraf.domain.meeting.MeetingId;
import se.paragraf.persistence.jooq.tables.records.ProtocolImportRecord;

/** Import records; times are stored in UTC because the column has no zone. */
final class JooqImportLog implements ImportLog {
    private final DSLContext dsl;

    private final AuditRecorder audit;

    JooqImportLog(DSLContext dsl, AuditRecorder audit) {
        this.dsl = dsl;
        this.audit = audit;
    }

    @Override
    public Optional<ImportRecord> findByChecksum(String checksum) {
        return dsl.selectFrom(PROTOCOL_IMPORT).where(PROTOCOL_IMPORT.CHECKSUM.eq(checksum))
                .fetchOptional(JooqImportLog::toRecord);
    }

    @Override
    public void record(ImportRecord record) {
        audit.record(record.meeting().value(), "IMPORTERAD", "protocol_import", record.fileName(), record.checksum());
        dsl.insertInto(PROTOCOL_IMPORT)
                .set(PROTOCOL_IMPORT.CHECKSUM, record.checksum())
                .set(PROTOCOL_IMPORT.FILE_NAME, record.fileName())
                .set(PROTOCOL_IMPORT.IMPORTED_AT, LocalDateTime.ofInstant(record.importedAt(), ZoneOffset.UTC))
                .set(PROTOCOL_IMPORT.MEETING_ID, record.meeting().value())
                .set(PROTOCOL_IMPORT.SOURCE_TEXT, record.sourceText())
                .set(PROTOCOL_IMPORT.WARNINGS, String.join("\n", record.warnings()))
                .execute();
    }

    @Override
    public Optional<ImportRecord> findByMeeting(MeetingId meeting) {
        return dsl.selectFrom(PROTOCOL_IMPORT).where(PROTOCOL_IMPORT.MEETING_ID.eq(meeting.value()))
                .orderBy(PROTOCOL_IMPORT.ID).limit(1).fetchOptional(JooqImportLog::toRecord);
    }

    @Override
    public long count() {
        return dsl.fetchCount(PROTOCOL_IMPORT);
    }

    private static ImportRecord toRecord(ProtocolImportRecord row) {
        List<String> warnings = row.getWarnings().isEmpty() ? List.of() : Arrays.asList(row.getWarnings().split("\n"));
        return new ImportRecord(row.getChecksum(), row.getFileName(), row.getImportedAt().toInstant(ZoneOffset.UTC),
                new MeetingId(row.getMeetingId()), row.getSourceText(), warnings);
    }
}
