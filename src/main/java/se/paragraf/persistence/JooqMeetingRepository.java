package se.paragraf.persistence;

import static se.paragraf.persistence.jooq.Sequences.MEETING_SEQ;
import static se.paragraf.persistence.jooq.Tables.MEETING;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;
import se.paragraf.domain.audit.Canonical;
import se.paragraf.domain.board.BoardId;
import se.paragraf.domain.matter.CaseNumber;
import se.paragraf.domain.meeting.Meeting;
import se.paragraf.domain.meeting.MeetingId;
import se.paragraf.domain.meeting.MeetingRepository;
import se.paragraf.domain.shared.StaleVersionException;
import se.paragraf.persistence.jooq.tables.records.MeetingRecord;

final class JooqMeetingRepository implements MeetingRepository {
    private final DSLContext dsl;

    private final AuditRecorder audit;

    JooqMeetingRepository(DSLContext dsl, AuditRecorder audit) {
        this.dsl = dsl;
        this.audit = audit;
    }

    @Override
    public MeetingId nextId() {
        return new MeetingId(dsl.nextval(MEETING_SEQ));
    }

    /**
     * A meeting moved to another year takes its paragraphs along (ON UPDATE CASCADE in V1). A
     * stored meeting is written only when it changed, at the next version, and only if it is
     * still at the version it was read at (ADR 0019).
     */
    @Override
    public long save(Meeting meeting) {
        MeetingRecord stored = dsl.selectFrom(MEETING).where(MEETING.ID.eq(meeting.id().value())).fetchOne();
        if (stored != null && stored.getVersion() != meeting.version()) {
            throw stale(meeting, stored.getMeetingDate(), stored.getVersion());
        }
        MeetingRecord row = row(meeting);
        if (stored == null) {
            audit.record(meeting.id().value(), AuditRecorder.SAVED, "meeting", "sammanträdet", Canonical.sha256(meeting));
            row.changed(true);
            dsl.insertInto(MEETING).set(row).execute();
            return meeting.version();
        }
        row.changed(false);
        boolean changed = false;
        for (Field<?> field : MEETING.fields()) {
            if (!field.equals(MEETING.VERSION) && !Objects.equals(stored.get(field), row.get(field))) {
                row.changed(field, true);
                changed = true;
            }
        }
        if (!changed) {
            return stored.getVersion();
        }
        audit.record(meeting.id().value(), AuditRecorder.SAVED, "meeting", "sammanträdet", Canonical.sha256(meeting));
        long next = stored.getVersion() + 1;
        row.setVersion(next);
        int updated = dsl.update(MEETING).set(row)
                .where(MEETING.ID.eq(meeting.id().value()).and(MEETING.VERSION.eq(stored.getVersion()))).execute();
        if (updated == 0) {
            throw stale(meeting, meeting.date(), next);
        }
        return next;
    }

    private MeetingRecord row(Meeting meeting) {
        MeetingRecord row = dsl.newRecord(MEETING);
        row.setId(meeting.id().value());
        row.setBoardId(meeting.board().value());
        row.setMeetingDate(meeting.date());
        row.setSeriesYear(meeting.seriesYear());
        row.setStartTime(meeting.start());
        row.setEndTime(meeting.end());
        row.setPlace(meeting.place());
        CaseNumber minutes = meeting.minutesCaseNumber();
        row.setMinutesSeries(minutes == null ? null : minutes.series());
        row.setMinutesYear(minutes == null ? null : minutes.year());
        row.setMinutesNumber(minutes == null ? null : minutes.number());
        row.setMinutesSubNumber(minutes == null ? null : minutes.subNumber());
        row.setMinutesCanonicalCase(minutes == null ? null : CaseNumberColumns.key(minutes));
        row.setVersion(meeting.version());
        return row;
    }

    private static StaleVersionException stale(Meeting meeting, java.time.LocalDate date, long stored) {
        return new StaleVersionException("sammanträdet " + date, stored, meeting.version());
    }

    @Override
    public Optional<Meeting> findById(MeetingId id) {
        return dsl.selectFrom(MEETING).where(MEETING.ID.eq(id.value()))
                .fetchOptional(JooqMeetingRepository::toMeeting);
    }

    @Override
    public List<Meeting> findByBoard(BoardId board) {
        return dsl.selectFrom(MEETING).where(MEETING.BOARD_ID.eq(board.value()))
                .orderBy(MEETING.MEETING_DATE.desc(), MEETING.START_TIME.desc().nullsLast(), MEETING.ID.desc())
                .fetch(JooqMeetingRepository::toMeeting);
    }

    @Override
    public long count() {
        return dsl.fetchCount(MEETING);
    }

    private static Meeting toMeeting(MeetingRecord row) {
        CaseNumber minutes = row.getMinutesSeries() == null ? null : CaseNumberColumns.toCaseNumber(
                row.getMinutesSeries(), row.getMinutesYear(), row.getMinutesNumber(), row.getMinutesSubNumber());
        return new Meeting(new MeetingId(row.getId()), new BoardId(row.getBoardId()), row.getMeetingDate(),
                row.getStartTime(), row.getEndTime(), row.getPlace(), minutes, row.getVersion());
    }
}
