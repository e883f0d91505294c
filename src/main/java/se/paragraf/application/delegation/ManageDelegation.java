package se.paragraf.application.delegation;

import java.time.LocalDate;
import java.util.List;
import se.paragraf.application.Repositories;
import se.paragraf.application.UnitOfWork;
import se.paragraf.domain.board.BoardId;
import se.paragraf.domain.delegation.Adoption;
import se.paragraf.domain.delegation.DelegationRule;
import se.paragraf.domain.delegation.DelegationScheme;
import se.paragraf.domain.delegation.DelegationSchemeId;
import se.paragraf.domain.delegation.RoleHolding;
import se.paragraf.domain.delegation.SchemeHistory;
import se.paragraf.domain.shared.DomainException;

/**
 * Use case: keep each board's delegationsordning (KL 6 kap. 37 §) in versions, edit a version's
 * rules, and keep the list of who held which role when, which the register checks decisions
 * against.
 */
public final class ManageDelegation {
    private final UnitOfWork unitOfWork;

    public ManageDelegation(UnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    public SchemeHistory history(BoardId board) {
        return unitOfWork.transaction(r -> r.delegation().historyOf(board));
    }

    /**
     * A new version adopted at {@code adoption}, valid from {@code validFrom}: the board's first,
     * empty, or a copy of the rules of the version before it so that only changes need entering.
     */
    public DelegationScheme adopt(BoardId board, Adoption adoption, LocalDate validFrom) {
        return unitOfWork.transaction(r -> {
            r.boards().findById(board).orElseThrow(() -> new DomainException("Organet finns inte längre i arkivet."));
            SchemeHistory history = r.delegation().historyOf(board);
            DelegationScheme scheme = history.latest()
                    .map(last -> last.revise(r.delegation().nextSchemeId(), adoption, validFrom))
                    .orElseGet(() -> DelegationScheme.first(r.delegation().nextSchemeId(), board, adoption, validFrom));
            r.delegation().save(scheme);
            return scheme;
        });
    }

    /** Adds {@code rule}, or replaces the rule that had {@code oldCode} (null for a new rule). */
    public DelegationScheme saveRule(DelegationSchemeId scheme, String oldCode, DelegationRule rule) {
        return change(scheme, s -> {
            if (oldCode == null && s.rule(rule.code()).isPresent()) {
                throw new DomainException("Punkt " + rule.code() + " finns redan. Välj ett annat nummer eller ändra den punkten.");
            }
            return oldCode == null ? s.withRule(rule) : s.replaceRule(oldCode, rule);
        });
    }

    public DelegationScheme removeRule(DelegationSchemeId scheme, String code) {
        return change(scheme, s -> s.withoutRule(code));
    }

    private DelegationScheme change(DelegationSchemeId id, java.util.function.UnaryOperator<DelegationScheme> change) {
        return unitOfWork.transaction(r -> {
            DelegationScheme changed = change.apply(scheme(r, id));
            r.delegation().save(changed);
            return changed;
        });
    }

    private static DelegationScheme scheme(Repositories r, DelegationSchemeId id) {
        return r.delegation().findScheme(id)
                .orElseThrow(() -> new DomainException("Delegationsordningen finns inte längre i arkivet."));
    }

    public List<RoleHolding> roleHoldings() {
        return unitOfWork.transaction(r -> r.delegation().roleHoldings());
    }

    public void saveRoleHolding(RoleHolding holding) {
        unitOfWork.run(r -> r.delegation().saveRoleHolding(holding));
    }

    public void removeRoleHolding(RoleHolding holding) {
        unitOfWork.run(r -> r.delegation().removeRoleHolding(holding));
    }
}
