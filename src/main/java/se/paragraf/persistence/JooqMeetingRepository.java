package se.paragraf.persistence;

import static se.paragraf.persistence.jooq.Sequences.MEETING_SEQ;
import static se.paragraf.persistence.jooq.Tables.MEETING;

import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import se.paragraf.domain.audit.Canonical;
import se.paragraf.domain.board.BoardId;
import se.paragraf.domain.matter.CaseNumber;
import se.paragraf.domain.meeting.Meeting;
import se.paragraf.domain.meeting.MeetingId;
import se.paragraf.domain.meeting.MeetingRepository;
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

    /** A meeting moved to another year takes its paragraphs along (ON UPDATE CASCADE in V1). */
    @Override
    public void save(Meeting meeting) {
        audit.record(meeting.id().value(), AuditRecorder.SAVED, "meeting", "sammanträdet", Canonical.sha256(meeting));
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
        Upsert.byId(dsl, row, MEETING.ID);
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
                row.getStartTime(), row.getEndTime(), row.getPlace(), minutes);
    }
}
