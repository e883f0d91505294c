package se.paragraf.application.agenda;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import se.paragraf.application.Repositories;
import se.paragraf.application.UnitOfWork;
import se.paragraf.application.editing.Edit;
import se.paragraf.application.editing.MinutesGuard;
import se.paragraf.application.search.SaveParagraph;
import se.paragraf.domain.agenda.Agenda;
import se.paragraf.domain.agenda.AgendaItem;
import se.paragraf.domain.agenda.AgendaItemId;
import se.paragraf.domain.matter.CaseNumber;
import se.paragraf.domain.meeting.Meeting;
import se.paragraf.domain.meeting.MeetingId;
import se.paragraf.domain.paragraph.MotivationSection;
import se.paragraf.domain.paragraph.Paragraph;
import se.paragraf.domain.paragraph.ParagraphId;
import se.paragraf.domain.paragraph.ParagraphNumber;
import se.paragraf.domain.paragraph.ParagraphSeries;
import se.paragraf.domain.shared.DomainException;

/**
 * Use case: build the föredragningslista and turn it into §§. Every change is one undoable
 * {@link Edit}: the agenda, the paragraphs it creates or removes and the renumbering of all
 * §§ are stored in one transaction, and undo restores all of it in one.
 */
public final class EditAgenda {
    private final UnitOfWork unitOfWork;
    private final SaveParagraph saveParagraph;

    public EditAgenda(UnitOfWork unitOfWork, SaveParagraph saveParagraph) {
        this.unitOfWork = unitOfWork;
        this.saveParagraph = saveParagraph;
    }

    /** The meeting's agenda, empty if none has been started. */
    public Agenda show(MeetingId meeting) {
        return unitOfWork.transaction(r -> r.agendas().findByMeeting(meeting).orElse(Agenda.empty(meeting)));
    }

    /**
     * A § outside the agenda (e.g. added at the meeting), with an id from the archive; save it with
     * {@code EditParagraph.save}. Its number may be {@code ParagraphSeries.allocateAfter}'s "3 a".
     */
    public Paragraph newParagraph(MeetingId meeting, ParagraphNumber number, String title) {
        return unitOfWork.transaction(r -> Paragraph.draft(r.paragraphs().nextId(), meeting, number, title));
    }

    /** The archive's known matters, for completing case numbers and titles on the agenda. */
    public List<se.paragraf.domain.matter.Matter> knownMatters() {
        return unitOfWork.transaction(r -> r.matters().findAll());
    }

    /** A new matter item, with an id from the archive; add it with {@link #change}. */
    public AgendaItem newMatter(CaseNumber caseNumber, String title, String proposal) {
        return unitOfWork.transaction(r -> AgendaItem.matter(r.agendas().nextItemId(), caseNumber, title, proposal));
    }

    public AgendaItem newInformation(String title) {
        return unitOfWork.transaction(r -> AgendaItem.information(r.agendas().nextItemId(), title));
    }

    public Edit add(MeetingId meeting, AgendaItem item) {
        return change(meeting, "Lägg till punkt", agenda -> agenda.add(item));
    }

    public Edit remove(MeetingId meeting, AgendaItemId item) {
        return change(meeting, "Ta bort punkt", agenda -> agenda.remove(item));
    }

    public Edit move(MeetingId meeting, AgendaItemId item, int newIndex) {
        return change(meeting, "Flytta punkt", agenda -> agenda.move(item, newIndex));
    }

    /** Numbers the matters as §§ continuing the board's series for the year. */
    public Edit number(MeetingId meeting) {
        return change(meeting, "Numrera föredragningslistan", agenda -> agenda, true);
    }

    /**
     * The agenda changed by {@code change}; once the agenda is numbered (or for {@link #number})
     * the §§ follow: new matters become paragraphs, removed ones are deleted, all renumbered.
     */
    public Edit change(MeetingId meeting, String description, UnaryOperator<Agenda> change) {
        return change(meeting, description, change, false);
    }

    private Edit change(MeetingId meeting, String description, UnaryOperator<Agenda> change, boolean number) {
        Snapshot before = unitOfWork.transaction(r -> Snapshot.of(r, meeting));
        boolean numbering = number || before.agenda().isNumbered();
        Snapshot after = unitOfWork.transaction(r -> {
            Agenda changed = change.apply(before.agenda());
            if (!numbering) {
                return new Snapshot(changed, before.paragraphs());
            }
            ParagraphNumber first = before.agenda().firstNumber(firstFree(r, meeting));
            Agenda numbered = changed.number(first, () -> r.paragraphs().nextId());
            return new Snapshot(numbered, paragraphsFor(meeting, before, numbered));
        });
        return new Edit() {
            @Override
            public String description() {
                return description;
            }

            @Override
            public void execute() {
                store(meeting, before, after);
            }

            @Override
            public void undo() {
                store(meeting, after, before);
            }
        };
    }

    /** The agenda and the meeting's §§ at one moment. */
    private record Snapshot(Agenda agenda, List<Paragraph> paragraphs) {
        static Snapshot of(Repositories r, MeetingId meeting) {
            return new Snapshot(r.agendas().findByMeeting(meeting).orElse(Agenda.empty(meeting)),
                    r.paragraphs().findByMeeting(meeting));
        }
    }

    private static ParagraphNumber firstFree(Repositories r, MeetingId meetingId) {
        Meeting meeting = r.meetings().findById(meetingId)
                .orElseThrow(() -> new DomainException("Sammanträdet finns inte längre i arkivet."));
        Set<ParagraphNumber> own = Set.copyOf(r.paragraphs().numbersOf(meetingId));
        ParagraphSeries series = r.paragraphs().seriesOf(meeting.board(), meeting.seriesYear());
        return new ParagraphSeries(meeting.board(), meeting.seriesYear(),
                series.taken().stream().filter(n -> !own.contains(n)).toList()).next();
    }

    /**
     * The meeting's §§ as the numbered agenda wants them: existing ones renumbered, new ones
     * drafted, those whose item was removed left out; §§ that never were on the agenda (imported,
     * or added at the meeting) are kept as they are.
     */
    private static List<Paragraph> paragraphsFor(MeetingId meeting, Snapshot before, Agenda agenda) {
        Map<ParagraphId, Paragraph> byId = before.paragraphs().stream().collect(Collectors.toMap(Paragraph::id, p -> p));
        Set<ParagraphId> wasOnAgenda = before.agenda().matters().stream().filter(AgendaItem::isNumbered)
                .map(AgendaItem::paragraph).collect(Collectors.toSet());
        List<Paragraph> result = new ArrayList<>();
        for (AgendaItem item : agenda.matters()) {
            Paragraph p = byId.get(item.paragraph());
            result.add(p != null ? p.renumber(item.number()) : draft(meeting, item));
        }
        before.paragraphs().stream().filter(p -> !wasOnAgenda.contains(p.id())).forEach(result::add);
        return result;
    }

    private static Paragraph draft(MeetingId meeting, AgendaItem item) {
        Paragraph p = Paragraph.draft(item.paragraph(), meeting, item.number(), item.title());
        if (item.caseNumber() != null) {
            p = p.concerning(List.of(item.caseNumber()));
        }
        if (item.proposal() != null) {
            p = p.motivatedBy(List.of(new MotivationSection("Förslag till beslut", item.proposal())));
        }
        return p;
    }

    /**
     * Moves the archive from {@code from} to {@code to} in one transaction: deletions and the
     * renumbering, then every § of the meeting through {@link SaveParagraph} (new ones created,
     * the search index told the new numbers), then the agenda that refers to them.
     */
    private void store(MeetingId meeting, Snapshot from, Snapshot to) {
        Set<ParagraphId> kept = to.paragraphs().stream().map(Paragraph::id).collect(Collectors.toSet());
        List<ParagraphId> removed = from.paragraphs().stream().map(Paragraph::id).filter(id -> !kept.contains(id)).toList();
        saveParagraph.saveAll(r -> {
            MinutesGuard.requireNotAdjusted(r, meeting);
            removed.forEach(r.paragraphs()::delete);
            Set<ParagraphId> present = r.paragraphs().findByMeeting(meeting).stream().map(Paragraph::id)
                    .collect(Collectors.toSet());
            Map<ParagraphId, ParagraphNumber> numbers = new HashMap<>();
            to.paragraphs().stream().filter(p -> present.contains(p.id())).forEach(p -> numbers.put(p.id(), p.number()));
            r.paragraphs().renumber(numbers);
        }, to.paragraphs(), r -> r.agendas().save(to.agenda()), removed);
    }
}
