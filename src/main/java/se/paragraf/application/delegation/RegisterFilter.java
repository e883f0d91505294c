package se.paragraf.application.delegation;

import java.time.LocalDate;
import se.paragraf.domain.board.BoardId;
import se.paragraf.domain.delegation.DelegatedDecision;
import se.paragraf.domain.shared.Require;

/** Which part of a board's register to show: a period (either end open) and reported, unreported or both (null). */
public record RegisterFilter(BoardId board, LocalDate from, LocalDate to, Boolean reported) {
    public RegisterFilter {
        Require.present(board, "Organ");
    }

    public static RegisterFilter all(BoardId board) {
        return new RegisterFilter(board, null, null, null);
    }

    boolean accepts(DelegatedDecision d) {
        return (from == null || !d.decidedOn().isBefore(from)) && (to == null || !d.decidedOn().isAfter(to))
                && (reported == null || reported == d.isReported());
    }
}
