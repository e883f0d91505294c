package se.paragraf.persistence;

import static se.paragraf.persistence.jooq.Tables.ATTENDANCE_CHANGE;
import static se.paragraf.persistence.jooq.Tables.ATTENDEE;
import static se.paragraf.persistence.jooq.Tables.MEETING_ADJUSTER;
import static se.paragraf.persistence.jooq.Tables.MEETING_OFFICERS;
import static se.paragraf.persistence.jooq.Tables.MINUTES_LIFECYCLE;
import static se.paragraf.persistence.jooq.Tables.OTHER_PRESENT;

import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import se.paragraf.domain.audit.Canonical;
import se.paragraf.domain.board.MemberId;
import se.paragraf.domain.board.MembershipRole;
import se.paragraf.domain.meeting.Adjuster;
import se.paragraf.domain.meeting.Attendance;
import se.paragraf.domain.meeting.AttendanceChange;
import se.paragraf.domain.meeting.AttendanceKind;
import se.paragraf.domain.meeting.AttendanceRepository;
import se.paragraf.domain.meeting.Attendee;
import se.paragraf.domain.meeting.MeetingId;
import se.paragraf.domain.meeting.MeetingOfficers;
import se.paragraf.domain.meeting.Movement;
import se.paragraf.domain.meeting.OtherPresent;

/**
 * Attendance is saved whole: the officers row in place, the lists replaced. The officers' justering
 * day is read from the protocol's lifecycle and never written here.
 */
final class JooqAttendanceRepository implements AttendanceRepository {
    private final DSLContext dsl;

    private final AuditRecorder audit;

    JooqAttendanceRepository(DSLContext dsl, AuditRecorder audit) {
        this.dsl = dsl;
        this.audit = audit;
    }

    @Override
    public void save(Attendance attendance) {
        audit.record(attendance.meeting().value(), AuditRecorder.SAVED, "attendance", "närvaro och ordförande", Canonical.sha256(attendance));
        long id = attendance.meeting().value();
        MeetingOfficers o = attendance.officers();
        var row = dsl.newRecord(MEETING_OFFICERS);
        row.setMeetingId(id);
        row.setChairId(o.chair() == null ? null : o.chair().value());
        row.setSecretary(o.secretary());
        row.setAdjustmentPlace(o.adjustmentPlace());
        row.setAdjustmentTime(o.adjustmentTime());
        Upsert.byId(dsl, row, MEETING_OFFICERS.MEETING_ID);
        dsl.deleteFrom(MEETING_ADJUSTER).where(MEETING_ADJUSTER.MEETING_ID.eq(id)).execute();
        dsl.deleteFrom(ATTENDEE).where(ATTENDEE.MEETING_ID.eq(id)).execute();
        dsl.deleteFrom(OTHER_PRESENT).where(OTHER_PRESENT.MEETING_ID.eq(id)).execute();
        dsl.deleteFrom(ATTENDANCE_CHANGE).where(ATTENDANCE_CHANGE.MEETING_ID.eq(id)).execute();
        for (int i = 0; i < o.adjusters().size(); i++) {
            dsl.insertInto(MEETING_ADJUSTER).values(id, i, o.adjusters().get(i).member().value()).execute();
        }
        for (int i = 0; i < attendance.attendees().size(); i++) {
            Attendee a = attendance.attendees().get(i);
            dsl.insertInto(ATTENDEE).values(id, i, a.member().value(), a.role().name(), a.kind().name(),
                    a.replaces() == null ? null : a.replaces().value()).execute();
        }
        for (int i = 0; i < attendance.othersPresent().size(); i++) {
            OtherPresent p = attendance.othersPresent().get(i);
            dsl.insertInto(OTHER_PRESENT).values(id, i, p.name(), p.title()).execute();
        }
        for (int i = 0; i < attendance.changes().size(); i++) {
            AttendanceChange c = attendance.changes().get(i);
            dsl.insertInto(ATTENDANCE_CHANGE).values(id, i, c.member().value(), c.movement().name(),
                    c.paragraph().number(), c.paragraph().suffix(),
                    c.replaces() == null ? null : c.replaces().value()).execute();
        }
    }

    @Override
    public Optional<Attendance> findByMeeting(MeetingId meeting) {
        long id = meeting.value();
        Optional<Attendance> recorded = recorded(meeting);
        if (recorded.isPresent()) {
            return recorded;
        }
        // An imported protocol may have no recorded attendance and still be justerat: the officers
        // must show that too, or its minutes and extracts would read as not justerade.
        java.time.LocalDate adjusted = adjustedOn(id);
        return adjusted == null ? Optional.empty() : Optional.of(new Attendance(meeting,
                new MeetingOfficers(null, null, List.of(), null, null, adjusted), List.of(), List.of(), List.of()));
    }

    private Optional<Attendance> recorded(MeetingId meeting) {
        long id = meeting.value();
        return dsl.selectFrom(MEETING_OFFICERS).where(MEETING_OFFICERS.MEETING_ID.eq(id)).fetchOptional().map(o -> {
            List<Adjuster> adjusters = dsl.selectFrom(MEETING_ADJUSTER).where(MEETING_ADJUSTER.MEETING_ID.eq(id))
                    .orderBy(MEETING_ADJUSTER.ORDINAL).fetch(r -> new Adjuster(new MemberId(r.getMemberId())));
            MeetingOfficers officers = new MeetingOfficers(member(o.getChairId()), o.getSecretary(), adjusters,
                    o.getAdjustmentPlace(), o.getAdjustmentTime(), adjustedOn(id));
            List<Attendee> attendees = dsl.selectFrom(ATTENDEE).where(ATTENDEE.MEETING_ID.eq(id)).orderBy(ATTENDEE.ORDINAL)
                    .fetch(r -> new Attendee(new MemberId(r.getMemberId()), MembershipRole.valueOf(r.getRole()),
                            AttendanceKind.valueOf(r.getKind()), member(r.getReplacesId())));
            List<OtherPresent> others = dsl.selectFrom(OTHER_PRESENT).where(OTHER_PRESENT.MEETING_ID.eq(id))
                    .orderBy(OTHER_PRESENT.ORDINAL).fetch(r -> new OtherPresent(r.getName(), r.getTitle()));
            List<AttendanceChange> changes = dsl.selectFrom(ATTENDANCE_CHANGE).where(ATTENDANCE_CHANGE.MEETING_ID.eq(id))
                    .orderBy(ATTENDANCE_CHANGE.ORDINAL).fetch(r -> new AttendanceChange(new MemberId(r.getMemberId()),
                            Movement.valueOf(r.getMovement()), ParagraphNumbers.toNumber(r.getParagraphNumber(),
                            r.getParagraphSuffix() == null ? "" : r.getParagraphSuffix()), member(r.getReplacesId())));
            return new Attendance(meeting, officers, attendees, others, changes);
        });
    }

    /** Justering is the lifecycle's fact (V4); officers show it, never set it. */
    private java.time.LocalDate adjustedOn(long meeting) {
        return dsl.select(MINUTES_LIFECYCLE.ADJUSTED_ON).from(MINUTES_LIFECYCLE)
                .where(MINUTES_LIFECYCLE.MEETING_ID.eq(meeting)).fetchOptional(MINUTES_LIFECYCLE.ADJUSTED_ON)
                .orElse(null);
    }

    private static MemberId member(Long id) {
        return id == null ? null : new MemberId(id);
    }
}
