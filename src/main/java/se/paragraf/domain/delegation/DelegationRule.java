package se.paragraf.domain.delegation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import se.paragraf.domain.shared.DomainException;
import se.paragraf.domain.shared.Require;

/**
 * A delegationspunkt: in matters of {@code matterKind} the board hands its decision to
 * {@code delegate} (KL 6 kap. 37 §), with {@code substitute} deciding when the delegate is away.
 * {@code amountLimit} (whole kronor) and {@code scope} bound the mandate; {@code legalBasis} is
 * the statute the matter comes from. {@code furtherDelegation}: the delegate, a förvaltningschef,
 * may hand the matter on to another employee (KL 7 kap. 6 §), so a decision by another role
 * under the rule is no fault. {@code mustReport}: the board decides which decisions are reported
 * to it (6 kap. 40 §); those not reported are, if appealable, protokollförs särskilt instead.
 * {@code declaredNonDelegable} is the secretary's own marking under 6 kap. 38 §.
 */
public record DelegationRule(String code, String matterKind, Delegate delegate, String substitute,
                             Long amountLimit, String scope, String legalBasis, boolean furtherDelegation,
                             boolean mustReport, NonDelegableGround declaredNonDelegable) {
    /** "3", "3.2", "3.2.1", "3.2a": the numbering schemes use. */
    private static final Pattern CODE = Pattern.compile("\\d{1,3}(?:\\.\\d{1,3}){0,3}[a-zåäö]?");

    public DelegationRule {
        code = Require.text(code, "Punktens nummer");
        if (!CODE.matcher(code).matches()) {
            throw new DomainException("Punktens nummer \"" + code + "\" ska vara siffror med punkt emellan, "
                    + "till exempel 3.2 eller 3.2a.");
        }
        matterKind = Require.text(matterKind, "Ärendetyp");
        Require.present(delegate, "Delegat");
        substitute = Require.optionalText(substitute);
        scope = Require.optionalText(scope);
        legalBasis = Require.optionalText(legalBasis);
        if (amountLimit != null && amountLimit <= 0) {
            throw new DomainException("Beloppsgränsen i punkt " + code + " måste vara större än noll kronor.");
        }
        if (furtherDelegation && delegate.kind() != DelegateKind.ROLE) {
            throw new DomainException("Punkt " + code + ": bara en förvaltningschef kan vidaredelegera "
                    + "(7 kap. 6 § KL), inte " + delegate.name().toLowerCase() + ".");
        }
    }

    public static DelegationRule of(String code, String matterKind, Delegate delegate) {
        return new DelegationRule(code, matterKind, delegate, null, null, null, null, false, true, null);
    }

    public Optional<String> substituteRole() {
        return Optional.ofNullable(substitute);
    }

    /**
     * Why the matter may not be delegable (KL 6 kap. 38 §): the secretary's marking first, then
     * what the matter kind says. Empty when nothing points that way.
     */
    public List<NonDelegableFinding> nonDelegableFindings() {
        List<NonDelegableFinding> findings = new ArrayList<>();
        if (declaredNonDelegable != null) {
            findings.add(new NonDelegableFinding(declaredNonDelegable, "markerad", true));
        }
        NonDelegableClassifier.classify(matterKind).stream()
                .filter(f -> f.ground() != declaredNonDelegable)
                .forEach(findings::add);
        return findings;
    }

    public boolean isFlaggedNonDelegable() {
        return !nonDelegableFindings().isEmpty();
    }

    /** Whether {@code role} may decide under this rule: the delegate, the substitute, or anyone after further delegation. */
    public boolean admits(String role) {
        return delegate.isNamed(role) || Delegate.RoleName.same(substitute, role) || furtherDelegation;
    }

    /** The urgent matters of 6 kap. 39 §: decided by the chair, reported at the next meeting. */
    public boolean isChairs() {
        return delegate.kind() == DelegateKind.CHAIR;
    }
}
