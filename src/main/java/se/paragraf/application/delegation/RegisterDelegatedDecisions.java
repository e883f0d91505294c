package se.paragraf.application.delegation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import se.paragraf.application.Repositories;
import se.paragraf.application.UnitOfWork;
import se.paragraf.domain.board.BoardId;
import se.paragraf.domain.board.Member;
import se.paragraf.domain.board.Membership;
import se.paragraf.domain.board.MembershipRole;
import se.paragraf.domain.delegation.DecisionCheck;
import se.paragraf.domain.delegation.DelegatedDecision;
import se.paragraf.domain.delegation.DelegatedDecisionId;
import se.paragraf.domain.delegation.RoleHolding;
import se.paragraf.domain.shared.DomainException;

/**
 * Use case: the register of delegated decisions of one board. Entries are checked against the
 * scheme valid on their day and against who held the role (the officials' list, and the chair
 * and vice chair from the board's memberships); a reported entry is never changed.
 */
public final class RegisterDelegatedDecisions {
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public RegisterDelegatedDecisions(UnitOfWork unitOfWork, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    public List<RegisterEntry> list(RegisterFilter filter) {
        return unitOfWork.transaction(r -> {
            DecisionCheck check = check(r, filter.board(), LocalDate.now(clock));
            return r.delegation().decisionsOf(filter.board()).stream().filter(filter::accepts)
                    .map(d -> new RegisterEntry(d, check.findings(d))).toList();
        });
    }

    public RegisterEntry register(BoardId board, DecisionForm form) {
        return unitOfWork.transaction(r -> {
            r.boards().findById(board).orElseThrow(() -> new DomainException("Organet finns inte längre i arkivet."));
            DelegatedDecision d = DelegatedDecision.register(r.delegation().nextDecisionId(), board, form.ruleCode(),
                    form.person(), form.role(), form.decidedOn(), form.caseNumber(), form.description(),
                    form.appealable(), form.urgent());
            r.delegation().save(d);
            return new RegisterEntry(d, check(r, board, LocalDate.now(clock)).findings(d));
        });
    }

    public RegisterEntry amend(DelegatedDecisionId id, DecisionForm form) {
        return unitOfWork.transaction(r -> {
            DelegatedDecision d = find(r, id).amend(form.ruleCode(), form.person(), form.role(), form.decidedOn(),
                    form.caseNumber(), form.description(), form.appealable(), form.urgent());
            r.delegation().save(d);
            return new RegisterEntry(d, check(r, d.board(), LocalDate.now(clock)).findings(d));
        });
    }

    /** Only an unreported decision can be removed; one in a report awaiting justering leaves that report. */
    public void remove(DelegatedDecisionId id) {
        unitOfWork.run(r -> {
            DelegatedDecision d = find(r, id);
            if (d.isReported()) {
                throw new DomainException("Beslutet anmäldes " + d.reportedOn() + " och kan inte tas bort ur registret.");
            }
            r.delegation().delete(id);
        });
    }

    private static DelegatedDecision find(Repositories r, DelegatedDecisionId id) {
        return r.delegation().findDecision(id)
                .orElseThrow(() -> new DomainException("Beslutet finns inte längre i registret."));
    }

    static DecisionCheck check(Repositories r, BoardId board, LocalDate today) {
        List<RoleHolding> holdings = new ArrayList<>(r.delegation().roleHoldings());
        for (Membership m : r.members().membershipsOf(board)) {
            if (m.role() == MembershipRole.CHAIR || m.role() == MembershipRole.VICE_CHAIR) {
                String name = r.members().findById(m.member()).map(Member::name).orElse(null);
                if (name != null) {
                    holdings.add(new RoleHolding(m.role().swedishName(), name, m.term().from(), m.term().to()));
                }
            }
        }
        return new DecisionCheck(r.delegation().historyOf(board), holdings, r.meetings().findByBoard(board), today);
    }
}
