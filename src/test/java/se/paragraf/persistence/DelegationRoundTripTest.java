package se.paragraf.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.paragraf.application.UnitOfWork;
import se.paragraf.domain.board.Board;
import se.paragraf.domain.delegation.Adoption;
import se.paragraf.domain.delegation.Delegate;
import se.paragraf.domain.delegation.DelegatedDecision;
import se.paragraf.domain.delegation.DelegationRule;
import se.paragraf.domain.delegation.DelegationScheme;
import se.paragraf.domain.delegation.NonDelegableGround;
import se.paragraf.domain.delegation.RoleHolding;
import se.paragraf.domain.delegation.SchemeHistory;
import se.paragraf.domain.matter.CaseNumber;
import se.paragraf.domain.meeting.Meeting;
import se.paragraf.domain.paragraph.ParagraphNumber;

class DelegationRoundTripTest {
    @TempDir
    Path dataDir;

    @Test
    void schemesRoleHoldersAndTheRegisterSurviveClosingTheArchive() {
        DelegationScheme v2;
        DelegatedDecision decision;
        Meeting meeting;
        RoleHolding holding = new RoleHolding("Regiondirektör", "Per Ek", LocalDate.of(2025, 4, 1), null);
        try (Database db = Database.openH2(dataDir)) {
            UnitOfWork uow = db.unitOfWork();
            Board board = uow.transaction(r -> Archive.board(r, "Regionstyrelsen"));
            meeting = uow.transaction(r -> Archive.meeting(r, board, LocalDate.of(2025, 5, 20)));
            DelegationScheme v1 = uow.transaction(r -> {
                DelegationScheme s = DelegationScheme.first(r.delegation().nextSchemeId(), board.id(),
                        new Adoption(LocalDate.of(2024, 12, 10), ParagraphNumber.parse("201 a")), LocalDate.of(2025, 1, 1))
                        .withRule(new DelegationRule("3.2", "Attest av fakturor", Delegate.role("Regiondirektör"),
                                "Ekonomidirektör", 500_000L, "Inom budget", "Riktlinje Attest", true, true, null))
                        .withRule(new DelegationRule("2.1", "Yttrande till regionfullmäktige", Delegate.committee("Finansutskottet"),
                                null, null, null, null, false, false, NonDelegableGround.STATEMENT_TO_COUNCIL));
                r.delegation().save(s);
                return s;
            });
            v2 = uow.transaction(r -> {
                DelegationScheme s = v1.revise(r.delegation().nextSchemeId(), new Adoption(LocalDate.of(2025, 5, 20), null),
                        LocalDate.of(2025, 6, 1)).withoutRule("2.1").withRule(DelegationRule.of("1.1", "Brådskande", Delegate.chair()));
                r.delegation().save(s);
                r.delegation().save(v1.withoutRule("2.1").withRule(v1.rule("2.1").orElseThrow()));
                r.delegation().saveRoleHolding(holding);
                return s;
            });
            decision = uow.transaction(r -> {
                DelegatedDecision d = DelegatedDecision.register(r.delegation().nextDecisionId(), board.id(), "3.2",
                        "Per Ek", "Regiondirektör", LocalDate.of(2025, 4, 2), CaseNumber.parse("25RS48/3"),
                        "Attest av faktura från Inera AB", true, false).includedIn(meeting.id());
                r.delegation().save(d);
                r.delegation().insertAll(List.of(DelegatedDecision.register(r.delegation().nextDecisionId(), board.id(),
                        "1.1", "Eva Lund", "Ordförande", LocalDate.of(2025, 4, 3), null, "Yttrande i mål nr 800-25",
                        false, true)));
                return d;
            });
            int first = uow.transaction(r -> r.delegation().markReported(meeting.id(), LocalDate.of(2025, 5, 27)));
            int again = uow.transaction(r -> r.delegation().markReported(meeting.id(), LocalDate.of(2025, 6, 27)));
            assertThat(first).isEqualTo(1);
            assertThat(again).isZero();
        }
        try (Database db = Database.openH2(dataDir)) {
            UnitOfWork uow = db.unitOfWork();
            SchemeHistory history = uow.transaction(r -> r.delegation().historyOf(meeting.board()));
            assertThat(history.versions()).hasSize(2);
            assertThat(history.latest()).contains(v2);
            DelegationScheme v1 = history.versions().get(0);
            assertThat(v1.adoption().cited()).isEqualTo("2024-12-10, § 201 a");
            assertThat(v1.rule("2.1").orElseThrow().declaredNonDelegable()).isEqualTo(NonDelegableGround.STATEMENT_TO_COUNCIL);
            assertThat(v1.rule("3.2").orElseThrow().amountLimit()).isEqualTo(500_000L);
            List<RoleHolding> holdings = uow.transaction(r -> r.delegation().roleHoldings());
            assertThat(holdings).containsExactly(holding);
            List<DelegatedDecision> register = uow.transaction(r -> r.delegation().decisionsOf(meeting.board()));
            assertThat(register).hasSize(2);
            assertThat(register.get(0)).isEqualTo(decision.reported(LocalDate.of(2025, 5, 27)));
            assertThat(register.get(1).urgent()).isTrue();
            assertThat(register.get(1).caseNumberIfAny()).isEmpty();
            List<DelegatedDecision> inMeeting = uow.transaction(r -> r.delegation().decisionsIn(meeting.id()));
            assertThat(inMeeting).containsExactly(register.get(0));
        }
    }
}
