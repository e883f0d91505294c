package se.paragraf.domain.paragraph;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import se.paragraf.domain.board.MemberId;
import se.paragraf.domain.shared.DomainException;
import se.paragraf.domain.shared.Require;

/**
 * What happened in a § besides the decision (KL 5 kap 67 §): motions, the proposition order,
 * votes, reservations, protokollsanteckningar and jäv.
 */
public record Proceedings(List<Motion> motions, PropositionOrder propositionOrder, List<Vote> votes,
                          List<Dissent> dissents, List<RecordedStatement> statements,
                          List<Disqualification> disqualifications) {
    public static final Proceedings NONE = new Proceedings(List.of(), PropositionOrder.NONE, List.of(), List.of(),
            List.of(), List.of());

    public Proceedings {
        motions = List.copyOf(Require.present(motions, "Yrkanden"));
        Require.present(propositionOrder, "Propositionsordning");
        votes = List.copyOf(Require.present(votes, "Omröstningar"));
        dissents = List.copyOf(Require.present(dissents, "Reservationer"));
        statements = List.copyOf(Require.present(statements, "Protokollsanteckningar"));
        disqualifications = List.copyOf(Require.present(disqualifications, "Jäv"));
        Set<MemberId> dissenters = new HashSet<>();
        for (Dissent dissent : dissents) {
            if (!dissenters.add(dissent.member())) {
                throw new DomainException("En ledamot har två reservationer i samma paragraf. Slå ihop dem.");
            }
        }
        Set<MemberId> disqualified = new HashSet<>();
        for (Disqualification d : disqualifications) {
            if (!disqualified.add(d.member())) {
                throw new DomainException("Samma ledamot är anmäld som jävig två gånger i paragrafen.");
            }
        }
    }

    public boolean isEmpty() {
        return equals(NONE);
    }

    public Set<MemberId> disqualifiedMembers() {
        Set<MemberId> members = new HashSet<>();
        disqualifications.forEach(d -> members.add(d.member()));
        return members;
    }

    public Proceedings withMotion(Motion motion) {
        return new Proceedings(plus(motions, motion), propositionOrder, votes, dissents, statements, disqualifications);
    }

    public Proceedings withMotions(List<Motion> newMotions) {
        return new Proceedings(newMotions, propositionOrder, votes, dissents, statements, disqualifications);
    }

    public Proceedings withPropositionOrder(PropositionOrder order) {
        return new Proceedings(motions, order, votes, dissents, statements, disqualifications);
    }

    public Proceedings withVote(Vote vote) {
        return new Proceedings(motions, propositionOrder, plus(votes, vote), dissents, statements, disqualifications);
    }

    public Proceedings withVotes(List<Vote> newVotes) {
        return new Proceedings(motions, propositionOrder, newVotes, dissents, statements, disqualifications);
    }

    public Proceedings withDissent(Dissent dissent) {
        return new Proceedings(motions, propositionOrder, votes, plus(dissents, dissent), statements, disqualifications);
    }

    public Proceedings withDissents(List<Dissent> newDissents) {
        return new Proceedings(motions, propositionOrder, votes, newDissents, statements, disqualifications);
    }

    public Proceedings withStatement(RecordedStatement statement) {
        return new Proceedings(motions, propositionOrder, votes, dissents, plus(statements, statement), disqualifications);
    }

    public Proceedings withStatements(List<RecordedStatement> newStatements) {
        return new Proceedings(motions, propositionOrder, votes, dissents, newStatements, disqualifications);
    }

    public Proceedings withDisqualification(Disqualification disqualification) {
        return new Proceedings(motions, propositionOrder, votes, dissents, statements,
                plus(disqualifications, disqualification));
    }

    public Proceedings withDisqualifications(List<Disqualification> newDisqualifications) {
        return new Proceedings(motions, propositionOrder, votes, dissents, statements, newDisqualifications);
    }

    private static <T> List<T> plus(List<T> list, T item) {
        List<T> more = new ArrayList<>(list);
        more.add(Require.present(item, "Uppgift"));
        return more;
    }
}
