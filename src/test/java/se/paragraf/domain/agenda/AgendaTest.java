package se.paragraf.domain.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.paragraf.domain.matter.CaseNumber;
import se.paragraf.domain.meeting.MeetingId;
import se.paragraf.domain.paragraph.ParagraphId;
import se.paragraf.domain.paragraph.ParagraphNumber;
import se.paragraf.domain.shared.DomainException;

class AgendaTest {
    private final AtomicLong ids = new AtomicLong(100);

    private Agenda agenda() {
        return Agenda.empty(new MeetingId(1))
                .add(AgendaItem.matter(new AgendaItemId(1), null, "Val av justerare", null))
                .add(AgendaItem.information(new AgendaItemId(2), "Information om ekonomin"))
                .add(AgendaItem.matter(new AgendaItemId(3), CaseNumber.parse("25RS1523"), "Svar på revisionsrapport",
                        "avge svar enligt bilaga"))
                .add(AgendaItem.matter(new AgendaItemId(4), null, "Delgivningar", null));
    }

    private static String numbers(Agenda agenda) {
        return String.join(",", agenda.items().stream()
                .map(i -> i.id() + (i.isNumbered() ? "=" + i.number() : "")).toList());
    }

    @Test
    void numberingContinuesTheSeriesAndSkipsInformationItems() {
        Agenda numbered = agenda().number(ParagraphNumber.of(96), () -> new ParagraphId(ids.incrementAndGet()));
        assertThat(numbers(numbered)).isEqualTo("1=96,2,3=97,4=98");
        assertThat(numbered.isNumbered()).isTrue();
    }

    @ParameterizedTest(name = "move item {0} to {1}: {2}")
    @CsvSource({"4, 0, '4=96,1=97,2,3=98'", "1, 3, '2,3=96,4=97,1=98'", "3, 2, '1=96,2,3=97,4=98'"})
    void movingRenumbersKeepingEachParagraph(long item, int to, String expected) {
        Agenda numbered = agenda().number(ParagraphNumber.of(96), () -> new ParagraphId(ids.incrementAndGet()));
        ParagraphId paragraph = numbered.item(new AgendaItemId(item)).paragraph();
        Agenda moved = numbered.move(new AgendaItemId(item), to).number(numbered.firstNumber(null), () -> {
            throw new AssertionError("no new paragraph on a move");
        });
        assertThat(numbers(moved)).isEqualTo(expected);
        assertThat(moved.item(new AgendaItemId(item)).paragraph()).isEqualTo(paragraph);
    }

    @Test
    void removingAndAddingRenumber() {
        Agenda numbered = agenda().number(ParagraphNumber.of(96), () -> new ParagraphId(ids.incrementAndGet()));
        Agenda removed = numbered.remove(new AgendaItemId(1));
        assertThat(numbers(removed.number(numbered.firstNumber(null), () -> null))).isEqualTo("2,3=96,4=97");
        Agenda added = numbered.insert(0, AgendaItem.matter(new AgendaItemId(5), null, "Upprop", null));
        assertThat(numbers(added.number(numbered.firstNumber(null), () -> new ParagraphId(500))))
                .isEqualTo("5=96,1=97,2,3=98,4=99");
    }

    @Test
    void refusesUnknownItemsAndPlaces() {
        assertThatThrownBy(() -> agenda().move(new AgendaItemId(9), 0)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> agenda().move(new AgendaItemId(1), 4)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> agenda().add(AgendaItem.information(new AgendaItemId(1), "Dubblett")))
                .isInstanceOf(DomainException.class);
    }
}
