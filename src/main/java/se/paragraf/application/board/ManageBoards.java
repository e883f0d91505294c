package se.paragraf.application.board;

import java.util.List;
import se.paragraf.application.UnitOfWork;
import se.paragraf.domain.board.Board;
import se.paragraf.domain.board.BoardId;
import se.paragraf.domain.board.BoardKind;
import se.paragraf.domain.board.Member;
import se.paragraf.domain.board.Membership;
import se.paragraf.domain.shared.DomainException;

/** Use case: boards (with utskott under their board), members, and their memberships per term. */
public final class ManageBoards {
    private final UnitOfWork unitOfWork;

    public ManageBoards(UnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    public List<Board> boards() {
        return unitOfWork.transaction(r -> r.boards().findAll());
    }

    /** {@code parent} only for an utskott; {@code adjusterCount} is how many justerare sign besides the chair. */
    public Board createBoard(String name, BoardKind kind, BoardId parent, int adjusterCount) {
        return unitOfWork.transaction(r -> {
            if (r.boards().findByName(name == null ? "" : name.strip()).isPresent()) {
                throw new DomainException("Det finns redan ett organ som heter " + name.strip() + ". Välj ett annat namn.");
            }
            if (parent != null && r.boards().findById(parent).isEmpty()) {
                throw new DomainException("Organet som utskottet ska höra till finns inte längre.");
            }
            Board board = new Board(r.boards().nextId(), name, kind, parent, adjusterCount);
            r.boards().save(board);
            return board;
        });
    }

    public void updateBoard(Board board) {
        unitOfWork.run(r -> r.boards().save(board));
    }

    public Member createMember(String name, String party) {
        return unitOfWork.transaction(r -> {
            Member member = new Member(r.members().nextId(), name, party);
            r.members().save(member);
            return member;
        });
    }

    public void updateMember(Member member) {
        unitOfWork.run(r -> r.members().save(member));
    }

    /** The member's place on a board for a term, with the ersättare's call-in order. */
    public void addMembership(Membership membership) {
        unitOfWork.run(r -> {
            r.members().findById(membership.member())
                    .orElseThrow(() -> new DomainException("Ledamoten finns inte längre i arkivet."));
            r.members().addMembership(membership);
        });
    }

    /** A new role, term or call-in order: the old membership is replaced in one transaction. */
    public void changeMembership(Membership before, Membership after) {
        unitOfWork.run(r -> {
            r.members().removeMembership(before);
            r.members().addMembership(after);
        });
    }

    public void removeMembership(Membership membership) {
        unitOfWork.run(r -> r.members().removeMembership(membership));
    }

    /** Seat holders by role, then ersättare in call-in order. */
    public List<Membership> memberships(BoardId board) {
        return unitOfWork.transaction(r -> r.members().membershipsOf(board));
    }

    /** The board's memberships in {@link #memberships} order, each with its member's name and party. */
    public List<BoardMember> roll(BoardId board) {
        return unitOfWork.transaction(r -> r.members().membershipsOf(board).stream()
                .flatMap(m -> r.members().findById(m.member()).map(x -> new BoardMember(m, x)).stream())
                .toList());
    }
}
