package se.paragraf.persistence;

import static se.paragraf.persistence.jooq.Sequences.AGENDA_ITEM_SEQ;
import static se.paragraf.persistence.jooq.Tables.AGENDA_ITEM;

import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import se.paragraf.domain.audit.Canonical;
import se.paragraf.domain.agenda.Agenda;
import se.paragraf.domain.agenda.AgendaItem;
import se.paragraf.domain.agenda.AgendaItemId;
import se.paragraf.domain.agenda.AgendaRepository;
import se.paragraf.domain.matter.CaseNumber;
import se.paragraf.domain.meeting.MeetingId;
import se.paragraf.domain.paragraph.ParagraphId;

final class JooqAgendaRepository implements AgendaRepository {
    private final DSLContext dsl;

    private final AuditRecorder audit;

    JooqAgendaRepository(DSLContext dsl, AuditRecorder audit) {
        this.dsl = dsl;
        this.audit = audit;
    }

    @Override
    public AgendaItemId nextItemId() {
        return new AgendaItemId(dsl.nextval(AGENDA_ITEM_SEQ));
    }

    @Override
    public void save(Agenda agenda) {
        audit.record(agenda.meeting().value(), AuditRecorder.SAVED, "agenda", "föredragningslistan", Canonical.sha256(agenda));
        long meeting = agenda.meeting().value();
        dsl.deleteFrom(AGENDA_ITEM).where(AGENDA_ITEM.MEETING_ID.eq(meeting)).execute();
        for (int i = 0; i < agenda.items().size(); i++) {
            AgendaItem item = agenda.items().get(i);
            var row = dsl.newRecord(AGENDA_ITEM);
            row.setId(item.id().value());
            row.setMeetingId(meeting);
            row.setOrdinal(i);
            row.setInformation(item.information());
            CaseNumber c = item.caseNumber();
            if (c != null) {
                row.setSeries(c.series());
                row.setYear(c.year());
                row.setNumber(c.number());
                row.setSubNumber(c.subNumber());
            }
            row.setTitle(item.title());
            row.setProposal(item.proposal());
            if (item.isNumbered()) {
                row.setParagraphId(item.paragraph().value());
                row.setParagraphNumber(item.number().number());
                row.setParagraphSuffix(item.number().suffix());
            }
            row.insert();
        }
    }

    @Override
    public Optional<Agenda> findByMeeting(MeetingId meeting) {
        List<AgendaItem> items = dsl.selectFrom(AGENDA_ITEM).where(AGENDA_ITEM.MEETING_ID.eq(meeting.value()))
                .orderBy(AGENDA_ITEM.ORDINAL)
                .fetch(r -> new AgendaItem(new AgendaItemId(r.getId()), r.getInformation(),
                        r.getSeries() == null ? null : CaseNumberColumns.toCaseNumber(r.getSeries(), r.getYear(),
                                r.getNumber(), r.getSubNumber()),
                        r.getTitle(), r.getProposal(),
                        r.getParagraphId() == null ? null : new ParagraphId(r.getParagraphId()),
                        r.getParagraphId() == null ? null
                                : ParagraphNumbers.toNumber(r.getParagraphNumber(), r.getParagraphSuffix())));
        return items.isEmpty() ? Optional.empty() : Optional.of(new Agenda(meeting, items));
    }
}
