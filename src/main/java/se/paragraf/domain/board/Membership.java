package se.paragraf.domain.board;

import java.time.LocalDate;
import se.paragraf.domain.shared.DomainException;
import se.paragraf.domain.shared.Require;

/**
 * A member's place on one board for one term. {@code substituteOrder} is the order in which
 * ersättare are called in (1 first); it is set for ersättare only.
 */
public record Membership(MemberId member, BoardId board, MembershipRole role, Term term, Integer substituteOrder) {
    public Membership {
        Require.present(member, "Ledamot");
        Require.present(board, "Organ");
        Require.present(role, "Roll");
        Require.present(term, "Mandatperiod");
        if (role == MembershipRole.SUBSTITUTE) {
            if (substituteOrder == null || substituteOrder < 1) {
                throw new DomainException("En ersättare måste ha en inkallelseordning (1, 2, 3 …).");
            }
        } else if (substituteOrder != null) {
            throw new DomainException("Bara ersättare har inkallelseordning.");
        }
    }

    public boolean activeOn(LocalDate day) {
        return term.contains(day);
    }
}
