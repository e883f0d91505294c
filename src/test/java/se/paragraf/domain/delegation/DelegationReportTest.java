package se.paragraf.domain.delegation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.paragraf.domain.delegation.Schemes.decision;
import static se.paragraf.domain.delegation.Schemes.meeting;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.paragraf.domain.meeting.Meeting;
import se.paragraf.domain.meeting.MeetingId;

/** The report set: nothing reported twice, nothing left out (KL 6 kap. 39-40 §§). */
class DelegationReportTest {
    private final Meeting may = meeting(11, LocalDate.of(2025, 5, 20));

    @Test
    void holdsTheUnreportedDecisionsUpToTheMeetingDayThatTheSchemeSaysAreReported() {
        DelegatedDecision attest = decision(1, "3.2", "Per Ek", "Regiondirektör", LocalDate.of(2025, 4, 2));
        DelegatedDecision lease = decision(2, "4.1", "Ola Ås", "Fastighetschef", LocalDate.of(2025, 4, 3));
        DelegatedDecision afterMeeting = decision(3, "3.2", "Per Ek", "Regiondirektör", LocalDate.of(2025, 5, 21));
        DelegatedDecision reported = decision(4, "3.2", "Per Ek", "Regiondirektör", LocalDate.of(2025, 3, 2))
                .includedIn(new MeetingId(9)).reported(LocalDate.of(2025, 3, 20));
        DelegatedDecision unknownRule = decision(5, "9.9", "Per Ek", "Regiondirektör", LocalDate.of(2025, 5, 2));

        DelegationReport report = DelegationReport.forMeeting(may,
                List.of(attest, lease, afterMeeting, reported, unknownRule), Schemes.history());

        assertThat(report.included()).containsExactly(attest, unknownRule);
        assertThat(report.heldElsewhere()).isEmpty();
    }

    @Test
    void anOrdforandebeslutIsReportedEvenUnderARuleThatIsNot() {
        DelegatedDecision lease = decision(2, "4.1", "Eva Lund", "Ordförande", LocalDate.of(2025, 4, 3));
        DelegatedDecision urgent = lease.amend("4.1", "Eva Lund", "Ordförande", lease.decidedOn(), null, "Brådskande",
                true, true);

        assertThat(DelegationReport.forMeeting(may, List.of(urgent), Schemes.history()).urgent()).containsExactly(urgent);
    }

    @Test
    void aDecisionInAnotherMeetingsUnjusteredReportIsNotTakenTwice() {
        DelegatedDecision inApril = decision(1, "3.2", "Per Ek", "Regiondirektör", LocalDate.of(2025, 4, 2))
                .includedIn(new MeetingId(10));
        DelegatedDecision ours = decision(2, "3.2", "Per Ek", "Regiondirektör", LocalDate.of(2025, 4, 3))
                .includedIn(may.id());

        DelegationReport report = DelegationReport.forMeeting(may, List.of(inApril, ours), Schemes.history());

        assertThat(report.included()).containsExactly(ours);
        assertThat(report.heldElsewhere()).containsExactly(inApril);
    }

    @Test
    void groupsByRuleInCodeOrderThenByDelegate() {
        DelegationReport report = DelegationReport.forMeeting(may, List.of(
                decision(1, "3.2", "Per Ek", "Regiondirektör", LocalDate.of(2025, 4, 9)),
                decision(2, "3.2", "Siv Ek", "Controller", LocalDate.of(2025, 4, 2)),
                decision(3, "1.1", "Eva Lund", "Ordförande", LocalDate.of(2025, 4, 5)),
                decision(4, "3.2", "Per Ek", "Regiondirektör", LocalDate.of(2025, 4, 1))), Schemes.history());

        assertThat(report.groups()).extracting(ReportGroup::heading).containsExactly(
                "1.1 Beslut i brådskande ärenden – Ordförande",
                "3.2 Attest av fakturor – Controller",
                "3.2 Attest av fakturor – Regiondirektör");
        assertThat(report.groups().get(2).decisions()).extracting(d -> d.id().value()).containsExactly(4L, 1L);
        assertThat(report.byDelegate()).containsOnlyKeys("Controller", "Ordförande", "Regiondirektör");
    }

    @Test
    void aReportedDecisionIsNeitherReportedNorIncludedAgain() {
        DelegatedDecision d = decision(1, "3.2", "Per Ek", "Regiondirektör", LocalDate.of(2025, 4, 2));
        DelegatedDecision reported = d.includedIn(may.id()).reported(LocalDate.of(2025, 5, 27));

        assertThat(reported.reportedOn()).isEqualTo(LocalDate.of(2025, 5, 27));
        assertThatThrownBy(() -> reported.reported(LocalDate.of(2025, 6, 1))).hasMessageContaining("anmäldes redan");
        assertThatThrownBy(() -> reported.includedIn(new MeetingId(12))).hasMessageContaining("anmäls inte igen");
        assertThatThrownBy(() -> d.reported(LocalDate.of(2025, 6, 1))).hasMessageContaining("ingår inte i någon anmälan");
    }
}
