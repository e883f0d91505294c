package se.paragraf.persistence;

import static se.paragraf.persistence.jooq.Tables.DISPATCH;
import static se.paragraf.persistence.jooq.Tables.PARAGRAPH;

import java.util.List;
import org.jooq.DSLContext;
import se.paragraf.domain.audit.Canonical;
import se.paragraf.domain.adjustment.Dispatch;
import se.paragraf.domain.adjustment.DispatchRepository;
import se.paragraf.domain.meeting.MeetingId;
import se.paragraf.domain.paragraph.ParagraphId;

final class JooqDispatchRepository implements DispatchRepository {
    private final DSLContext dsl;

    private final AuditRecorder audit;

    JooqDispatchRepository(DSLContext dsl, AuditRecorder audit) {
        this.dsl = dsl;
        this.audit = audit;
    }

    @Override
    public void add(Dispatch d) {
        audit.record(audit.meetingOf(d.paragraph().value()), AuditRecorder.ADDED, "dispatch", d.recipient(), Canonical.sha256(d));
        dsl.insertInto(DISPATCH).values(d.paragraph().value(), d.recipient(), d.sentAt(), d.sentBy()).execute();
    }

    @Override
    public List<Dispatch> findByMeeting(MeetingId meeting) {
        return dsl.select(DISPATCH.fields()).from(DISPATCH).join(PARAGRAPH).on(PARAGRAPH.ID.eq(DISPATCH.PARAGRAPH_ID))
                .where(PARAGRAPH.MEETING_ID.eq(meeting.value())).orderBy(DISPATCH.SENT_AT)
                .fetch(r -> new Dispatch(new ParagraphId(r.get(DISPATCH.PARAGRAPH_ID)), r.get(DISPATCH.RECIPIENT),
                        r.get(DISPATCH.SENT_AT), r.get(DISPATCH.SENT_BY)));
    }
}
