package se.paragraf.domain.delegation;

import static org.assertj.core.api.Assertions.assertThat;
import static se.paragraf.domain.delegation.Schemes.decision;
import static se.paragraf.domain.delegation.Schemes.meeting;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.paragraf.domain.meeting.MeetingId;

class DecisionCheckTest {
    private static final List<RoleHolding> HOLDERS = List.of(
            new RoleHolding("Regiondirektör", "Anna Berg", LocalDate.of(2020, 1, 1), LocalDate.of(2025, 3, 31)),
            new RoleHolding("Regiondirektör", "Per Ek", LocalDate.of(2025, 4, 1), null),
            new RoleHolding("Ordförande", "Eva Lund", LocalDate.of(2023, 1, 1), LocalDate.of(2026, 12, 31)));
    private final DecisionCheck check = new DecisionCheck(Schemes.history(), HOLDERS,
            List.of(meeting(10, LocalDate.of(2025, 4, 15)), meeting(11, LocalDate.of(2025, 5, 20))),
            LocalDate.of(2025, 5, 1));

    private List<DecisionFlag> flags(DelegatedDecision d) {
        return check.findings(d).stream().map(DecisionFinding::flag).toList();
    }

    @Test
    void aDecisionUnderARuleOfTheVersionValidThatDayIsClean() {
        assertThat(flags(decision(1, "3.2", "Per Ek", "Regiondirektör", LocalDate.of(2025, 4, 2)))).isEmpty();
    }

    @Test
    void aRuleIsCheckedAgainstTheVersionValidOnTheDecisionDay() {
        // 5.1 came with version 2 (2025-06-01); 4.1 left with it.
        assertThat(check.findings(decision(1, "5.1", "Eva Lund", "Finansutskottet", LocalDate.of(2025, 5, 31))))
                .singleElement().satisfies(f -> {
                    assertThat(f.flag()).isEqualTo(DecisionFlag.RULE_NOT_VALID);
                    assertThat(f.message()).contains("Punkt 5.1 fanns inte").contains("version 1, från 2025-01-01");
                });
        assertThat(flags(decision(2, "5.1", "Eva Lund", "Finansutskottet", LocalDate.of(2025, 6, 1)))).isEmpty();
        assertThat(flags(decision(3, "4.1", "Ola Ås", "Fastighetschef", LocalDate.of(2025, 6, 2))))
                .containsExactly(DecisionFlag.RULE_NOT_VALID);
        assertThat(check.findings(decision(4, "3.2", "Per Ek", "Regiondirektör", LocalDate.of(2024, 12, 31))))
                .singleElement().satisfies(f -> assertThat(f.message()).contains("ingen delegationsordning den 2024-12-31"));
    }

    @Test
    void thePersonMustHoldTheRoleOnTheDay() {
        assertThat(flags(decision(1, "3.2", "Anna Berg", "Regiondirektör", LocalDate.of(2025, 3, 31)))).isEmpty();
        assertThat(check.findings(decision(2, "3.2", "Anna Berg", "regiondirektören", LocalDate.of(2025, 4, 1))))
                .singleElement().satisfies(f -> {
                    assertThat(f.flag()).isEqualTo(DecisionFlag.NOT_HOLDING_ROLE);
                    assertThat(f.message()).isEqualTo("Anna Berg var inte regiondirektören den 2025-04-01 "
                            + "enligt förteckningen över befattningshavare.");
                });
    }

    @Test
    void aRoleNobodyIsRecordedInCannotBeCheckedAndIsNotFlagged() {
        assertThat(flags(decision(1, "3.2", "Siv Ek", "Ekonomidirektör", LocalDate.of(2025, 4, 2)))).isEmpty();
    }

    @Test
    void anotherRoleIsFlaggedUnlessTheRuleAllowsFurtherDelegation() {
        // 3.2 allows further delegation (KL 7 kap. 6 §), 4.1 does not.
        assertThat(flags(decision(1, "3.2", "Siv Ek", "Controller", LocalDate.of(2025, 4, 2)))).isEmpty();
        assertThat(check.findings(decision(2, "4.1", "Siv Ek", "Controller", LocalDate.of(2025, 4, 2))))
                .extracting(DecisionFinding::flag)
                .containsExactly(DecisionFlag.NOT_THE_DELEGATE, DecisionFlag.NOT_REPORTED_TO_BOARD);
    }

    @Test
    void anOrdforandebeslutIsDueAtTheNextMeetingAndOverdueOnceItPassed() {
        DelegatedDecision early = urgent(decision(1, "1.1", "Eva Lund", "Ordförande", LocalDate.of(2025, 4, 10)));
        DelegatedDecision late = urgent(decision(2, "1.1", "Eva Lund", "Ordförande", LocalDate.of(2025, 4, 20)));

        assertThat(check.findings(early)).singleElement().satisfies(f -> {
            assertThat(f.flag()).isEqualTo(DecisionFlag.URGENT_OVERDUE);
            assertThat(f.message()).contains("nästa sammanträde 2025-04-15");
        });
        assertThat(check.findings(late)).singleElement().satisfies(f -> {
            assertThat(f.flag()).isEqualTo(DecisionFlag.URGENT);
            assertThat(f.message()).contains("nästa sammanträde 2025-05-20");
        });
        assertThat(flags(early.includedIn(new MeetingId(10)))).containsExactly(DecisionFlag.URGENT);
    }

    @Test
    void aRuleInANonDelegableMatterFlagsItsDecisions() {
        DelegationScheme v1 = Schemes.history().versions().get(0).withRule(DelegationRule.of("2.1",
                "Yttrande till regionfullmäktige över motioner", Delegate.role("Regiondirektör")));
        DecisionCheck withBadRule = new DecisionCheck(new SchemeHistory(List.of(v1)), HOLDERS, List.of(),
                LocalDate.of(2025, 5, 1));

        assertThat(withBadRule.findings(decision(1, "2.1", "Per Ek", "Regiondirektör", LocalDate.of(2025, 4, 2))))
                .singleElement().satisfies(f -> {
                    assertThat(f.flag()).isEqualTo(DecisionFlag.NON_DELEGABLE_MATTER);
                    assertThat(f.message()).contains("6 kap. 38 § 2 KL");
                });
    }

    private static DelegatedDecision urgent(DelegatedDecision d) {
        return d.amend(d.ruleCode(), d.person(), d.role(), d.decidedOn(), d.caseNumber(), d.description(),
                d.appealable(), true);
    }
}
