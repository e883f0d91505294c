package se.paragraf.domain.board;

import java.util.List;
import java.util.Optional;

public interface MemberRepository {
    MemberId nextId();

    void save(Member member);

    Optional<Member> findById(MemberId id);

    void addMembership(Membership membership);

    /** Removes the membership of that member, board and term start; nothing if there is none. */
    void removeMembership(Membership membership);

    /** Memberships of a board: seat holders first by role, then ersättare in call-in order. */
    List<Membership> membershipsOf(BoardId board);
}
