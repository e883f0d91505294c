package se.paragraf.ui.boards;

import se.paragraf.application.board.BoardMember;
import se.paragraf.domain.board.MembershipRole;

/** A line of the roll as shown: name, party, role and, for ersättare, the call-in order. */
public record MemberRow(BoardMember entry) {
    public String name() {
        return entry.member().name();
    }

    public String party() {
        return entry.member().party() == null ? "" : entry.member().party();
    }

    public MembershipRole role() {
        return entry.membership().role();
    }

    public String order() {
        Integer order = entry.membership().substituteOrder();
        return order == null ? "" : order.toString();
    }

    public boolean substitute() {
        return role() == MembershipRole.SUBSTITUTE;
    }
}
