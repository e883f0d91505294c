package se.paragraf.domain.minutes;

import static org.assertj.core.api.Assertions.assertThat;
import static se.paragraf.domain.minutes.Seeded.m;

import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import se.paragraf.domain.matter.CaseNumber;
import se.paragraf.domain.meeting.Adjuster;
import se.paragraf.domain.meeting.Attendance;
import se.paragraf.domain.paragraph.Ballot;
import se.paragraf.domain.paragraph.Decision;
import se.paragraf.domain.paragraph.DecisionBlock;
import se.paragraf.domain.paragraph.Dissent;
import se.paragraf.domain.paragraph.Disqualification;
import se.paragraf.domain.paragraph.Motion;
import se.paragraf.domain.paragraph.MotionKind;
import se.paragraf.domain.paragraph.Paragraph;
import se.paragraf.domain.paragraph.ParagraphNumber;
import se.paragraf.domain.paragraph.Proceedings;
import se.paragraf.domain.paragraph.Tally;
import se.paragraf.domain.paragraph.Vote;
import se.paragraf.domain.paragraph.VoteChoice;

class MinutesValidatorTest {
    private static List<Finding> of(FindingField field, List<Finding> findings) {
        return findings.stream().filter(f -> f.field() == field).toList();
    }

    private static Paragraph decided(int number) {
        return Seeded.paragraph(number).decide(Decision.of(DecisionBlock.of("Regionstyrelsen beslutar", "godkänna rapporten")));
    }

    @ParameterizedTest(name = "{0} of {1} seats serving: quorate = {2}")
    @CsvSource({"3, 5, true", "2, 5, false", "0, 5, false", "5, 5, true", "4, 8, false", "5, 8, true", "1, 1, true",
        "6, 11, true", "5, 11, false"})
    void quorumNeedsMoreThanHalfOfTheSeats(int serving, int seats, boolean quorate) {
        List<Finding> findings = MinutesValidator.quorum(ParagraphNumber.of(1), serving, seats);
        assertThat(findings.isEmpty()).isEqualTo(quorate);
        findings.forEach(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
    }

    @Test
    void quorumIsCheckedPerParagraphAfterJav() {
        // 3 of 5 serve: quorate; in § 2 one of them is jävig without ersättare: 2 of 5.
        Paragraph jav = decided(2).proceed(Proceedings.NONE.withDisqualification(new Disqualification(m(3), "släkt", null)));
        List<Finding> findings = MinutesValidator.validate(Seeded.draft(Seeded.attendance(3), List.of(decided(1), jav)));
        assertThat(of(FindingField.QUORUM, findings)).singleElement()
                .satisfies(f -> assertThat(f.paragraph()).isEqualTo(ParagraphNumber.of(2)))
                .satisfies(f -> assertThat(f.message()).contains("2 av 5"));
    }

    @Test
    void anErsattareNamedInTheJavKeepsQuorum() {
        Paragraph jav = decided(2).proceed(Proceedings.NONE.withDisqualification(new Disqualification(m(3), "släkt", m(11))));
        List<Finding> findings = MinutesValidator.validate(Seeded.draft(Seeded.attendance(3), List.of(jav)));
        assertThat(of(FindingField.QUORUM, findings)).isEmpty();
        assertThat(of(FindingField.DISQUALIFICATION, findings)).isEmpty();
    }

    static Stream<Arguments> votes() {
        List<Ballot> five = List.of(new Ballot(m(1), VoteChoice.YES), new Ballot(m(2), VoteChoice.YES),
                new Ballot(m(3), VoteChoice.NO), new Ballot(m(4), VoteChoice.NO), new Ballot(m(5), VoteChoice.ABSTAIN));
        return Stream.of(
                Arguments.of("open, one ballot per serving member", Vote.open("Ja för förslaget", five), 0),
                Arguments.of("open, one ballot missing", Vote.open("Ja för förslaget", five.subList(0, 4)), 1),
                Arguments.of("open, a non-serving ersättare voted", Vote.open("Ja för förslaget",
                        List.of(five.get(0), five.get(1), five.get(2), five.get(3), new Ballot(m(11), VoteChoice.NO))), 1),
                Arguments.of("closed, totals match", Vote.closed("Val", new Tally(3, 1, 1)), 0),
                Arguments.of("closed, totals too high", Vote.closed("Val", new Tally(4, 2, 0)), 1),
                Arguments.of("closed, totals too low", Vote.closed("Val", new Tally(2, 1, 0)), 1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("votes")
    void voteCountsMustMatchTheServingMembers(String name, Vote vote, int errors) {
        Paragraph p = decided(1).proceed(Proceedings.NONE.withVote(vote));
        List<Finding> findings = of(FindingField.VOTE, MinutesValidator.validate(Seeded.draft(Seeded.attendance(5), List.of(p))));
        assertThat(findings).hasSize(errors).allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
    }

    @ParameterizedTest(name = "dissent by member {0}: error = {1}")
    @CsvSource({"1, false", "3, false", "4, true", "11, true", "99, true"})
    void onlyThoseWhoTookPartCanDissent(long member, boolean error) {
        Paragraph p = decided(1).proceed(Proceedings.NONE.withDissent(Dissent.withText(m(member), "Till förmån för eget yrkande")));
        List<Finding> findings = of(FindingField.DISSENT, MinutesValidator.validate(Seeded.draft(Seeded.attendance(3), List.of(p))));
        assertThat(findings.isEmpty()).isNotEqualTo(error);
    }

    @Test
    void aDissentToBeWrittenLaterIsAWarningUntilFilledIn() {
        Dissent later = Dissent.inWritingLater(m(2));
        Paragraph p = decided(1).proceed(Proceedings.NONE.withDissent(later));
        assertThat(of(FindingField.DISSENT, MinutesValidator.validate(Seeded.draft(Seeded.attendance(3), List.of(p)))))
                .singleElement().satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING))
                .satisfies(f -> assertThat(f.message()).contains("före justering"));
        Paragraph filled = p.proceed(Proceedings.NONE.withDissent(later.written("Jag reserverar mig.")));
        assertThat(of(FindingField.DISSENT, MinutesValidator.validate(Seeded.draft(Seeded.attendance(3), List.of(filled))))).isEmpty();
    }

    static Stream<Arguments> javActors() {
        return Stream.of(
                Arguments.of("jävig and silent", Proceedings.NONE, 0),
                Arguments.of("jävig and moves", Proceedings.NONE.withMotion(new Motion(m(3), MotionKind.REJECTION, null)), 1),
                Arguments.of("jävig and votes", Proceedings.NONE.withVote(Vote.open("Ja", List.of(new Ballot(m(3), VoteChoice.YES)))), 1),
                Arguments.of("jävig and dissents", Proceedings.NONE.withDissent(Dissent.withText(m(3), "Nej")), 1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("javActors")
    void aJavigMemberCountedAsTakingPartIsAnError(String name, Proceedings proceedings, int errors) {
        Paragraph p = decided(1).proceed(proceedings.withDisqualification(new Disqualification(m(3), "styrelseledamot i bolaget", null)));
        assertThat(of(FindingField.DISQUALIFICATION, MinutesValidator.validate(Seeded.draft(Seeded.attendance(5), List.of(p)))))
                .hasSize(errors);
    }

    static Stream<Arguments> decisions() {
        Paragraph base = Seeded.paragraph(1);
        Paragraph matter = base.concerning(List.of(CaseNumber.parse("25RS1523")));
        return Stream.of(
                Arguments.of("information without case", base, 0),
                Arguments.of("matter without decision", matter, 1),
                Arguments.of("formula without clauses", matter.decide(Decision.of(DecisionBlock.of("Regionstyrelsen beslutar"))), 1),
                Arguments.of("prose decision", matter.decide(Decision.of(DecisionBlock.of("Regionstyrelsen godkänner rapporten."))), 0),
                Arguments.of("formula and clause", matter.decide(Decision.of(DecisionBlock.of("Regionstyrelsen beslutar", "godkänna rapporten"))), 0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("decisions")
    void emptyDecisionsAreWarned(String name, Paragraph p, int warnings) {
        assertThat(of(FindingField.DECISION, MinutesValidator.validate(Seeded.draft(Seeded.attendance(5), List.of(p)))))
                .hasSize(warnings).allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
    }

    @ParameterizedTest(name = "numbers {0}, first expected {1}: {2} errors, {3} warnings")
    @CsvSource({"'96,97,98', 96, 0, 0", "'96,98', 96, 0, 1", "'96,96,97', 96, 1, 0", "'97,98', 96, 0, 1",
        "'96,97,98', , 0, 0", "'1,5,9', 1, 0, 2"})
    void duplicateOrMissingNumbers(String numbers, Integer expectedFirst, int errors, int warnings) {
        List<Paragraph> ps = Stream.of(numbers.split(",")).map(n -> Seeded.paragraph(Integer.parseInt(n))).toList();
        List<Finding> findings = MinutesValidator.numbers(ps, expectedFirst == null ? null : ParagraphNumber.of(expectedFirst));
        assertThat(findings.stream().filter(f -> f.severity() == Severity.ERROR)).hasSize(errors);
        assertThat(findings.stream().filter(f -> f.severity() == Severity.WARNING)).hasSize(warnings);
    }

    @ParameterizedTest(name = "\"{0}\" valid = {1}")
    @CsvSource({"25RS1523, true", "RS 2025/123, true", "KS/2019/0001/0009, true", "hej, false", "'', false", "25, false"})
    void caseNumbersAsTyped(String typed, boolean valid) {
        assertThat(MinutesValidator.caseNumberAsTyped(ParagraphNumber.of(1), typed).isEmpty()).isEqualTo(valid);
    }

    @Test
    void aCaseNumberFromAfterTheMeetingIsAnError() {
        Paragraph p = decided(1).concerning(List.of(CaseNumber.parse("27RS1")));
        assertThat(of(FindingField.CASE_NUMBER, MinutesValidator.validate(Seeded.draft(Seeded.attendance(5), List.of(p))))).hasSize(1);
    }

    @ParameterizedTest(name = "justering after {0} days: error = {1}")
    @CsvSource({"0, false", "14, false", "15, true"})
    void justeringWithinFourteenDays(int days, boolean error) {
        Attendance a = Seeded.attendance(5);
        a = a.withOfficers(a.officers().chairedBy(m(1)).withAdjusters(List.of(new Adjuster(m(2)), new Adjuster(m(3))), Seeded.BOARD)
                .adjustmentAt("Regionens hus", LocalDateTime.of(Seeded.MEETING.date().plusDays(days), java.time.LocalTime.NOON)));
        assertThat(of(FindingField.OFFICERS, MinutesValidator.validate(Seeded.draft(a, List.of(decided(1))))).isEmpty())
                .isNotEqualTo(error);
    }
}
