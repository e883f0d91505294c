package se.paragraf.persistence;

import static se.paragraf.persistence.jooq.Tables.MEETING;
import static se.paragraf.persistence.jooq.Tables.MINUTES_LIFECYCLE;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;
import se.paragraf.domain.audit.Canonical;
import se.paragraf.domain.adjustment.MinutesLifecycle;
import se.paragraf.domain.adjustment.MinutesLifecycleRepository;
import se.paragraf.domain.adjustment.MinutesStatus;
import se.paragraf.domain.meeting.MeetingId;

/** The lifecycle row; the meeting's date is read from the meeting so that it is never stored twice. */
final class JooqMinutesLifecycleRepository implements MinutesLifecycleRepository {
    private final DSLContext dsl;

    private final AuditRecorder audit;

    JooqMinutesLifecycleRepository(DSLContext dsl, AuditRecorder audit) {
        this.dsl = dsl;
        this.audit = audit;
    }

    @Override
    public Optional<MinutesLifecycle> find(MeetingId meeting) {
        return dsl.select(MINUTES_LIFECYCLE.asterisk(), MEETING.MEETING_DATE).from(MINUTES_LIFECYCLE)
                .join(MEETING).on(MEETING.ID.eq(MINUTES_LIFECYCLE.MEETING_ID))
                .where(MINUTES_LIFECYCLE.MEETING_ID.eq(meeting.value()))
                .fetchOptional(r -> MinutesLifecycle.reconstitute(meeting, r.get(MEETING.MEETING_DATE),
                        MinutesStatus.valueOf(r.get(MINUTES_LIFECYCLE.STATUS)), r.get(MINUTES_LIFECYCLE.READY_ON),
                        r.get(MINUTES_LIFECYCLE.ADJUSTED_ON), r.get(MINUTES_LIFECYCLE.POSTED_ON),
                        r.get(MINUTES_LIFECYCLE.TAKE_DOWN_ON), r.get(MINUTES_LIFECYCLE.TAKEN_DOWN_ON),
                        r.get(MINUTES_LIFECYCLE.KEPT_AT)));
    }

    @Override
    public Set<MeetingId> findLocked() {
        List<String> locked = Arrays.stream(MinutesStatus.values()).filter(MinutesStatus::isLocked).map(Enum::name).toList();
        return dsl.select(MINUTES_LIFECYCLE.MEETING_ID).from(MINUTES_LIFECYCLE)
                .where(MINUTES_LIFECYCLE.STATUS.in(locked))
                .fetchSet(r -> new MeetingId(r.value1()));
    }

    @Override
    public void save(MinutesLifecycle l) {
        audit.record(l.meeting().value(), AuditRecorder.lifecycleEvent(l.status()), "lifecycle", "protokollets väg", Canonical.sha256(l.facts()));
        var row = dsl.newRecord(MINUTES_LIFECYCLE);
        row.setMeetingId(l.meeting().value());
        row.setStatus(l.status().name());
        row.setReadyOn(l.readyOn());
        row.setAdjustedOn(l.adjustedOn());
        row.setPostedOn(l.postedOn());
        row.setTakeDownOn(l.takeDownOn());
        row.setTakenDownOn(l.takenDownOn());
        row.setKeptAt(l.keptAt());
        Upsert.byId(dsl, row, MINUTES_LIFECYCLE.MEETING_ID);
    }
}
