package se.paragraf.persistence;

import static se.paragraf.persistence.jooq.Tables.AUDIT_ENTRY;
import static se.paragraf.persistence.jooq.Tables.AUDIT_HEAD;
import static se.paragraf.persistence.jooq.Tables.PARAGRAPH;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import org.jooq.DSLContext;
import org.jooq.Record2;
import se.paragraf.application.CurrentUser;
import se.paragraf.domain.adjustment.MinutesStatus;
import se.paragraf.domain.audit.AuditEntry;

/**
 * Appends one event to a meeting's audit chain (ADR 0018): who (the operating system's user),
 * when, what happened ({@code operation}: SPARAD, BORTTAGEN, FÖRSEGLAD …), to what ({@code what}
 * and {@code subject}, e.g. "paragraph", "§ 98 (id 5)") and the SHA-256 of the canonical form of
 * what it is now. Written by the repositories in the same transaction as the change, so that no
 * use case can forget it; a save that changes nothing records nothing.
 */
final class AuditRecorder {
    static final String SAVED = "SPARAD";
    static final String DELETED = "BORTTAGEN";
    static final String ADDED = "TILLAGD";

    private final DSLContext dsl;
    private final CurrentUser user;

    AuditRecorder(DSLContext dsl, CurrentUser user) {
        this.dsl = dsl;
        this.user = user;
    }

    void record(long meeting, String operation, String what, String subject, String contentHash) {
        if (!operation.equals(DELETED) && contentHash.equals(dsl.select(AUDIT_ENTRY.ROW_HASH).from(AUDIT_ENTRY)
                .where(AUDIT_ENTRY.MEETING_ID.eq(meeting), AUDIT_ENTRY.TABLE_NAME.eq(what),
                        AUDIT_ENTRY.ROW_KEY.eq(subject))
                .orderBy(AUDIT_ENTRY.SEQ.desc()).limit(1).fetchOne(AUDIT_ENTRY.ROW_HASH))) {
            return;
        }
        Record2<Long, String> head = dsl.select(AUDIT_HEAD.SEQ, AUDIT_HEAD.ENTRY_HASH).from(AUDIT_HEAD)
                .where(AUDIT_HEAD.MEETING_ID.eq(meeting)).fetchOne();
        long sequence = head == null ? 1 : head.value1() + 1;
        String previous = head == null ? AuditEntry.GENESIS : head.value2();
        LocalDateTime now = LocalDateTime.now().truncatedTo(ChronoUnit.MILLIS);
        String who = user.name();
        String key = subject.length() > 500 ? subject.substring(0, 500) : subject;
        String hash = AuditEntry.chainHash(previous, meeting, sequence, now, who, operation, what, key, contentHash);
        dsl.insertInto(AUDIT_ENTRY).values(meeting, sequence, now, who, operation, what, key, contentHash, previous,
                hash).execute();
        dsl.mergeInto(AUDIT_HEAD).using(dsl.selectOne()).on(AUDIT_HEAD.MEETING_ID.eq(meeting))
                .whenMatchedThenUpdate().set(AUDIT_HEAD.SEQ, sequence).set(AUDIT_HEAD.ENTRY_HASH, hash)
                .whenNotMatchedThenInsert(AUDIT_HEAD.MEETING_ID, AUDIT_HEAD.SEQ, AUDIT_HEAD.ENTRY_HASH)
                .values(meeting, sequence, hash).execute();
    }

    /** The event a step of the lifecycle is recorded as. */
    static String lifecycleEvent(MinutesStatus status) {
        return switch (status) {
            case DRAFT -> "ÅTERÖPPNAD";
            case READY_FOR_ADJUSTMENT -> "KLAR";
            case ADJUSTED -> "JUSTERAD";
            case POSTED -> "ANSLAGEN";
            case APPEAL_PERIOD_OVER -> "NEDTAGEN";
        };
    }

    /** The meeting a § belongs to. */
    long meetingOf(long paragraph) {
        Long meeting = dsl.select(PARAGRAPH.MEETING_ID).from(PARAGRAPH).where(PARAGRAPH.ID.eq(paragraph))
                .fetchOne(PARAGRAPH.MEETING_ID);
        if (meeting == null) {
            throw new se.paragraf.domain.shared.DomainException("Paragrafen finns inte längre i arkivet.");
        }
        return meeting;
    }

    /** The hash of the meeting's newest entry, or the genesis hash when it has none. */
    String head(long meeting) {
        String hash = dsl.select(AUDIT_HEAD.ENTRY_HASH).from(AUDIT_HEAD).where(AUDIT_HEAD.MEETING_ID.eq(meeting))
                .fetchOne(AUDIT_HEAD.ENTRY_HASH);
        return hash == null ? AuditEntry.GENESIS : hash;
    }
}
