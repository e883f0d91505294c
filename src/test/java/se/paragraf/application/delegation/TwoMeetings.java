package se.paragraf.application.delegation;

import java.time.LocalDate;
import se.paragraf.application.Services;
import se.paragraf.domain.board.Board;
import se.paragraf.domain.board.BoardKind;
import se.paragraf.domain.delegation.Adoption;
import se.paragraf.domain.delegation.Delegate;
import se.paragraf.domain.delegation.DelegationRule;
import se.paragraf.domain.delegation.DelegationScheme;
import se.paragraf.domain.meeting.MeetingId;
import se.paragraf.domain.paragraph.ParagraphNumber;

/**
 * The board the delegation report tests work on: Regionstyrelsen with meetings on 15 April and
 * 20 May 2025 and a delegationsordning adopted in December 2024 that delegates attest of
 * invoices (3.2) to the Regiondirektör.
 */
record TwoMeetings(Board board, MeetingId april, MeetingId may, DelegationScheme scheme) {
    static TwoMeetings in(Services s) {
        Board board = s.manageBoards().createBoard("Regionstyrelsen", BoardKind.EXECUTIVE_BOARD, null, 2);
        MeetingId april = s.planMeeting().create(board.id(), LocalDate.of(2025, 4, 15), null, null, null, null).id();
        MeetingId may = s.planMeeting().create(board.id(), LocalDate.of(2025, 5, 20), null, null, null, null).id();
        DelegationScheme scheme = s.manageDelegation().adopt(board.id(),
                new Adoption(LocalDate.of(2024, 12, 10), ParagraphNumber.of(201)), LocalDate.of(2025, 1, 1));
        s.manageDelegation().saveRule(scheme.id(), null, new DelegationRule("3.2", "Attest av fakturor",
                Delegate.role("Regiondirektör"), null, 500_000L, null, null, true, true, null));
        return new TwoMeetings(board, april, may, scheme);
    }
}
