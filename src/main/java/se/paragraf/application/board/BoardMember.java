package se.paragraf.application.board;

import se.paragraf.domain.board.Member;
import se.paragraf.domain.board.Membership;
import se.paragraf.domain.shared.Require;

/** One line of a board's roll: the membership with the person it belongs to, for screens that show names. */
public record BoardMember(Membership membership, Member member) {
    public BoardMember {
        Require.present(membership, "Uppdrag");
        Require.present(member, "Ledamot");
    }
}
