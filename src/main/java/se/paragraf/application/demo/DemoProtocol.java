package se.paragraf.application.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import se.paragraf.application.Repositories;
import se.paragraf.application.importing.ProtocolSource;
import se.paragraf.domain.board.Board;
import se.paragraf.domain.board.BoardId;
import se.paragraf.domain.board.BoardKind;
import se.paragraf.domain.board.Member;
import se.paragraf.domain.board.Membership;
import se.paragraf.domain.board.MembershipRole;
import se.paragraf.domain.board.Term;

/**
 * The demo content: Regionstyrelsen of Region Västernorrland with Finansutskottet and the members
 * named in its protocol of 2025-05-20 (Dnr 25RS1), a public record, and that protocol's text,
 * which is imported as a user's protocol would be. A party is given only where the protocol states it.
 */
final class DemoProtocol {
    static final String FILE_NAME = "regionstyrelsen-2025-05-20.txt";
    private static final Term TERM = new Term(LocalDate.of(2023, 1, 1), LocalDate.of(2026, 12, 31));

    private DemoProtocol() {
    }

    static void writeBoardsTo(Repositories r) {
        Board board = new Board(r.boards().nextId(), "Regionstyrelsen", BoardKind.EXECUTIVE_BOARD, null, 1);
        r.boards().save(board);
        BoardId boardId = board.id();
        r.boards().save(new Board(r.boards().nextId(), "Finansutskottet", BoardKind.COMMITTEE, boardId, 1));

        addMember(r, boardId, "Sara Nylund", null, MembershipRole.CHAIR);
        addMember(r, boardId, "Lina Lindman", null, MembershipRole.MEMBER);
        addMember(r, boardId, "Patrik Gustavsson", "M", MembershipRole.MEMBER);
        addMember(r, boardId, "Martin Andersson", "SD", MembershipRole.MEMBER);
        addMember(r, boardId, "Christina Nordenö", "S", MembershipRole.MEMBER);
    }

    /** The seed protocol as shipped in the jar. */
    static ProtocolSource source() {
        try (InputStream in = DemoProtocol.class.getResourceAsStream(FILE_NAME)) {
            if (in == null) {
                throw new IllegalStateException("The demo protocol " + FILE_NAME + " is missing from the build");
            }
            return ProtocolSource.of(FILE_NAME, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void addMember(Repositories r, BoardId board, String name, String party, MembershipRole role) {
        Member member = new Member(r.members().nextId(), name, party);
        r.members().save(member);
        r.members().addMembership(new Membership(member.id(), board, role, TERM, null));
    }
}
