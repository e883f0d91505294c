package se.paragraf.domain.agenda;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import se.paragraf.domain.meeting.MeetingId;
import se.paragraf.domain.paragraph.ParagraphId;
import se.paragraf.domain.paragraph.ParagraphNumber;
import se.paragraf.domain.shared.DomainException;
import se.paragraf.domain.shared.Require;

/**
 * The föredragningslista of a meeting: ordered items. {@link #number} turns the matters into
 * paragraphs whose numbers continue the board's series; once numbered, adding, removing or
 * moving an item renumbers every § at once, so the §§ always follow the list.
 */
public record Agenda(MeetingId meeting, List<AgendaItem> items) {
    public Agenda {
        Require.present(meeting, "Sammanträde");
        items = List.copyOf(Require.present(items, "Punkter"));
        Set<AgendaItemId> ids = new HashSet<>();
        for (AgendaItem item : items) {
            if (!ids.add(item.id())) {
                throw new DomainException("Punkt " + item.id() + " står två gånger på föredragningslistan.");
            }
        }
    }

    public static Agenda empty(MeetingId meeting) {
        return new Agenda(meeting, List.of());
    }

    /** Numbered when any matter has become a §; from then on changes renumber. */
    public boolean isNumbered() {
        return items.stream().anyMatch(AgendaItem::isNumbered);
    }

    public List<AgendaItem> matters() {
        return items.stream().filter(i -> !i.information()).toList();
    }

    public AgendaItem item(AgendaItemId id) {
        return items.stream().filter(i -> i.id().equals(id)).findFirst()
                .orElseThrow(() -> new DomainException("Punkten finns inte längre på föredragningslistan."));
    }

    public Agenda add(AgendaItem item) {
        return insert(items.size(), item);
    }

    public Agenda insert(int index, AgendaItem item) {
        if (index < 0 || index > items.size()) {
            throw new DomainException("Det går inte att lägga in en punkt på plats " + (index + 1) + ".");
        }
        List<AgendaItem> list = new ArrayList<>(items);
        list.add(index, item);
        return new Agenda(meeting, list);
    }

    public Agenda remove(AgendaItemId id) {
        AgendaItem item = item(id);
        List<AgendaItem> list = new ArrayList<>(items);
        list.remove(item);
        return new Agenda(meeting, list);
    }

    /** Moves the item to {@code newIndex} of the list as it is after taking it out (drag and drop, Alt+↑/↓). */
    public Agenda move(AgendaItemId id, int newIndex) {
        AgendaItem item = item(id);
        List<AgendaItem> list = new ArrayList<>(items);
        list.remove(item);
        if (newIndex < 0 || newIndex > list.size()) {
            throw new DomainException("Punkten kan inte flyttas till plats " + (newIndex + 1) + ".");
        }
        list.add(newIndex, item);
        return new Agenda(meeting, list);
    }

    public Agenda replace(AgendaItem changed) {
        item(changed.id());
        return new Agenda(meeting, items.stream().map(i -> i.id().equals(changed.id()) ? changed : i).toList());
    }

    /**
     * Numbers the matters in list order from {@code first}: items already numbered keep their §
     * and get their new number; new ones get a § id from {@code newParagraph}.
     */
    public Agenda number(ParagraphNumber first, Supplier<ParagraphId> newParagraph) {
        Require.present(first, "Första paragrafnummer");
        List<AgendaItem> list = new ArrayList<>(items.size());
        int next = first.number();
        for (AgendaItem item : items) {
            if (item.information()) {
                list.add(item);
            } else {
                ParagraphId paragraph = item.isNumbered() ? item.paragraph() : newParagraph.get();
                list.add(item.numbered(paragraph, ParagraphNumber.of(next++)));
            }
        }
        return new Agenda(meeting, list);
    }

    /** The first § number: the agenda's own first number if numbered, else {@code fallback}. */
    public ParagraphNumber firstNumber(ParagraphNumber fallback) {
        return items.stream().filter(AgendaItem::isNumbered).map(AgendaItem::number).min(ParagraphNumber::compareTo)
                .orElse(fallback);
    }
}
