package se.paragraf.domain.paragraph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.paragraf.domain.matter.CaseNumber;
import se.paragraf.domain.meeting.MeetingId;
import se.paragraf.domain.shared.DomainException;

class ParagraphTest {
    private static final String TITLE = "Svar på revisionsrapport; Skydd mot välfärdsbrott";

    private static Paragraph seed98() {
        return Paragraph.draft(new ParagraphId(1), new MeetingId(1), ParagraphNumber.of(98), TITLE)
                .concerning(List.of(CaseNumber.parse("25RS1523")))
                .handledBy("Lena Lindgren", "Karin Nyman")
                .decide(Decision.of(DecisionBlockTest.seed98()))
                .motivatedBy(List.of(new MotivationSection("Ärendebeskrivning", "Regionens revisorer har bett …")))
                .withAttachments(List.of(new Attachment("1", "Svar på revisionsrapport")))
                .preparedIn(List.of(new Preparation("Finansutskottet", LocalDate.of(2025, 5, 7), ParagraphNumber.of(71), null)))
                .sentTo(List.of(new Recipient("Regiondirektör")));
    }

    @Test
    void anImportedListSectionGivesWayToTheStructuredListOnlyWhereThereIsOne() {
        List<MotivationSection> imported = List.of(new MotivationSection("Ärendebeskrivning", "Revisorerna …"),
                new MotivationSection("Beslutsunderlag:", "Svar på revisionsrapport, bilaga 1"),
                new MotivationSection("Beredning", "Finansutskottet 2025-05-07, § 71"),
                new MotivationSection("Delges", "Regiondirektör"));
        Paragraph withLists = seed98().motivatedBy(imported);
        assertThat(withLists.sectionsBesideLists()).extracting(MotivationSection::heading)
                .containsExactly("Ärendebeskrivning");
        Paragraph withoutLists = withLists.withAttachments(List.of()).preparedIn(List.of()).sentTo(List.of());
        assertThat(withoutLists.sectionsBesideLists()).isEqualTo(imported);
    }

    @Test
    void aDraftHasOnlyItsTitle() {
        Paragraph draft = Paragraph.draft(new ParagraphId(1), new MeetingId(1), ParagraphNumber.of(96), "Val av justerare");
        assertThat(draft.caseNumbers()).isEmpty();
        assertThat(draft.responsible()).isEmpty();
        assertThat(draft.officer()).isEmpty();
        assertThat(draft.isInformationOnly()).isTrue();
        assertThat(draft.immediateAdjustment()).isFalse();
    }

    @Test
    void holdsSeedParagraph98() {
        Paragraph p = seed98();
        assertThat(p.caseNumbers()).containsExactly(CaseNumber.of("RS", 2025, 1523));
        assertThat(p.responsible()).contains("Lena Lindgren");
        assertThat(p.officer()).contains("Karin Nyman");
        assertThat(p.isInformationOnly()).isFalse();
        assertThat(p.decision().clauseCount()).isEqualTo(6);
        assertThat(p.preparations()).singleElement().extracting(Preparation::render)
                .isEqualTo("Finansutskottet den 7 maj 2025, § 71");
    }

    @Test
    void theSameCaseNumberTwiceIsRejectedWhateverItsWrittenForm() {
        Paragraph p = seed98();
        assertThatThrownBy(() -> p.concerning(List.of(CaseNumber.parse("25RS1523"), CaseNumber.parse("RS 2025/1523"))))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("§ 98")
                .hasMessageContaining("RS 2025/1523");
    }

    @Test
    void differentCaseNumbersAreAllowed() {
        Paragraph p = seed98().concerning(List.of(CaseNumber.parse("25RS1523"), CaseNumber.parse("25RS1524")));
        assertThat(p.caseNumbers()).hasSize(2);
    }

    @Test
    void aMissingCaseNumberInTheListIsADomainError() {
        List<CaseNumber> withNull = new java.util.ArrayList<>();
        withNull.add(null);
        assertThatThrownBy(() -> seed98().concerning(withNull)).isInstanceOf(DomainException.class);
    }

    static Stream<Arguments> verbs() {
        return Stream.of(
                verb("renumber", p -> p.renumber(ParagraphNumber.parse("98 a")), p -> p.number().toString(), "98 a"),
                verb("retitle", p -> p.retitle("Ny rubrik"), Paragraph::title, "Ny rubrik"),
                verb("concerning", p -> p.concerning(List.of()), p -> p.caseNumbers().size(), 0),
                verb("handledBy", p -> p.handledBy(" ", null), p -> p.responsible().isPresent(), false),
                verb("motivatedBy", p -> p.motivatedBy(List.of()), p -> p.sections().size(), 0),
                verb("decide", p -> p.decide(Decision.NONE), Paragraph::isInformationOnly, true),
                verb("withAttachments", p -> p.withAttachments(List.of()), p -> p.attachments().size(), 0),
                verb("preparedIn", p -> p.preparedIn(List.of()), p -> p.preparations().size(), 0),
                verb("sentTo", p -> p.sentTo(List.of()), p -> p.recipients().size(), 0),
                verb("adjustImmediately", p -> p.adjustImmediately(true), Paragraph::immediateAdjustment, true));
    }

    private static Arguments verb(String name, UnaryOperator<Paragraph> verb,
                                  java.util.function.Function<Paragraph, Object> read, Object expected) {
        return Arguments.of(name, verb, read, expected);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("verbs")
    void verbsReturnAChangedCopyAndLeaveTheOriginalUnchanged(String name, UnaryOperator<Paragraph> verb,
            java.util.function.Function<Paragraph, Object> read, Object expected) {
        Paragraph original = seed98();
        Paragraph changed = verb.apply(original);
        assertThat(read.apply(changed)).isEqualTo(expected);
        assertThat(read.apply(original)).isNotEqualTo(expected);
        assertThat(original).isEqualTo(seed98());
        assertThat(changed.id()).isEqualTo(original.id());
    }

    @Test
    void verbsKeepTheRules() {
        Paragraph p = seed98();
        assertThatThrownBy(() -> p.retitle(" ")).isInstanceOf(DomainException.class)
                .hasMessage("Paragrafens rubrik får inte vara tomt.");
        assertThatThrownBy(() -> p.renumber(null)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> p.decide(null)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> p.sentTo(null)).isInstanceOf(DomainException.class);
    }

    @Test
    void listsCannotBeChangedFromOutside() {
        List<Recipient> recipients = new java.util.ArrayList<>(List.of(new Recipient("Regiondirektör")));
        Paragraph p = seed98().sentTo(recipients);
        recipients.add(new Recipient("Ekonomidirektör"));
        assertThat(p.recipients()).containsExactly(new Recipient("Regiondirektör"));
        assertThatThrownBy(() -> p.caseNumbers().add(CaseNumber.parse("25RS1"))).isInstanceOf(UnsupportedOperationException.class);
    }
}
