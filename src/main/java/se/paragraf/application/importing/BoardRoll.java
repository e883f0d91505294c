package se.paragraf.application.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import se.paragraf.application.Repositories;
import se.paragraf.domain.board.BoardId;
import se.paragraf.domain.board.Member;
import se.paragraf.domain.board.MemberId;
import se.paragraf.domain.board.Membership;
import se.paragraf.domain.board.MembershipRole;
import se.paragraf.domain.board.Term;

/**
 * The board's members as an import sees them: found by name among everyone who has ever held a
 * membership of the board, so that a second protocol of the same board reuses its people; a name
 * not found becomes a new member. Each gets a membership for a term containing the meeting date.
 */
final class BoardRoll {
    /** Swedish terms start on 1 January after an election year: 2007–2010, 2011–2014, … */
    private static final int A_TERM_START = 2007;
    private static final int TERM_YEARS = 4;

    private final Repositories r;
    private final BoardId board;
    private final LocalDate date;
    private final List<Membership> memberships;
    private final Map<String, Member> byName = new HashMap<>();

    BoardRoll(Repositories r, BoardId board, LocalDate date) {
        this.r = r;
        this.board = board;
        this.date = date;
        this.memberships = new ArrayList<>(r.members().membershipsOf(board));
        for (MemberId id : memberships.stream().map(Membership::member).distinct().toList()) {
            r.members().findById(id).ifPresent(m -> byName.putIfAbsent(key(m.name()), m));
        }
    }

    Optional<Member> find(String name) {
        return Optional.ofNullable(byName.get(key(name)));
    }

    /** The person's membership on the meeting date; created (with the person if need be) when missing. */
    Membership enrol(String name, String party, MembershipRole role) {
        Member member = find(name).orElseGet(() -> {
            Member created = new Member(r.members().nextId(), name.strip(), party);
            r.members().save(created);
            byName.put(key(created.name()), created);
            return created;
        });
        Optional<Membership> current = memberships.stream()
                .filter(m -> m.member().equals(member.id()) && m.activeOn(date)).findFirst();
        if (current.isPresent()) {
            return current.get();
        }
        Term term = term();
        Integer order = role == MembershipRole.SUBSTITUTE ? nextSubstituteOrder(term) : null;
        Membership membership = new Membership(member.id(), board, role, term, order);
        r.members().addMembership(membership);
        memberships.add(membership);
        return membership;
    }

    /** The term other members already have on that date, so that one board's roll keeps one term. */
    private Term term() {
        return memberships.stream().filter(m -> m.activeOn(date)).map(Membership::term).findFirst()
                .orElseGet(() -> termOf(date));
    }

    static Term termOf(LocalDate day) {
        int start = A_TERM_START + Math.floorDiv(day.getYear() - A_TERM_START, TERM_YEARS) * TERM_YEARS;
        return new Term(LocalDate.of(start, 1, 1), LocalDate.of(start + TERM_YEARS - 1, 12, 31));
    }

    private int nextSubstituteOrder(Term term) {
        return memberships.stream().filter(m -> m.term().equals(term) && m.substituteOrder() != null)
                .mapToInt(Membership::substituteOrder).max().orElse(0) + 1;
    }

    private static String key(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
