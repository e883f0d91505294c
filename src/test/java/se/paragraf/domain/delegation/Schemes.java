package se.paragraf.domain.delegation;

import java.time.LocalDate;
import java.util.List;
import se.paragraf.domain.board.BoardId;
import se.paragraf.domain.matter.CaseNumber;
import se.paragraf.domain.meeting.Meeting;
import se.paragraf.domain.meeting.MeetingId;
import se.paragraf.domain.paragraph.ParagraphNumber;

/** A regionstyrelse's scheme in two versions, as the domain tests share it. */
final class Schemes {
    static final BoardId BOARD = new BoardId(1);
    static final LocalDate V1_FROM = LocalDate.of(2025, 1, 1);
    static final LocalDate V2_FROM = LocalDate.of(2025, 6, 1);

    private Schemes() {
    }

    static DelegationRule attest() {
        return new DelegationRule("3.2", "Attest av fakturor", Delegate.role("Regiondirektör"), "Ekonomidirektör",
                500_000L, "Inom budget", "Riktlinje Attest", true, true, null);
    }

    static DelegationRule urgent() {
        return new DelegationRule("1.1", "Beslut i brådskande ärenden", Delegate.chair(), "Vice ordförande", null, null,
                "6 kap. 39 § KL", false, true, null);
    }

    static DelegationRule leases() {
        return new DelegationRule("4.1", "Tecknande av hyresavtal upp till fem år", Delegate.role("Fastighetschef"),
                null, null, null, null, false, false, null);
    }

    /** Version 1 has 1.1, 3.2 and 4.1; version 2 adds 5.1 (committee) and drops 4.1. */
    static SchemeHistory history() {
        DelegationScheme v1 = DelegationScheme.first(new DelegationSchemeId(1), BOARD,
                        new Adoption(LocalDate.of(2024, 12, 10), ParagraphNumber.of(201)), V1_FROM)
                .withRule(attest()).withRule(urgent()).withRule(leases());
        DelegationScheme v2 = v1.revise(new DelegationSchemeId(2), new Adoption(LocalDate.of(2025, 5, 20),
                        ParagraphNumber.of(99)), V2_FROM)
                .withoutRule("4.1")
                .withRule(DelegationRule.of("5.1", "Fördelning av bidrag till föreningar",
                        Delegate.committee("Finansutskottet")));
        return new SchemeHistory(List.of(v2, v1));
    }

    static DelegatedDecision decision(long id, String rule, String person, String role, LocalDate on) {
        return DelegatedDecision.register(new DelegatedDecisionId(id), BOARD, rule, person, role, on,
                CaseNumber.of("RS", 2025, (int) id), "Beslut " + id, true, false);
    }

    static Meeting meeting(long id, LocalDate date) {
        return new Meeting(new MeetingId(id), BOARD, date, null, null, null, null);
    }
}
