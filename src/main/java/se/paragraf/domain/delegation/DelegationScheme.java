package se.paragraf.domain.delegation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.paragraf.domain.board.BoardId;
import se.paragraf.domain.shared.DomainException;
import se.paragraf.domain.shared.Require;

/**
 * One version of a board's delegationsordning: adopted by the board ({@link Adoption}), valid
 * from {@code validFrom} until the next version's day (see {@link SchemeHistory}). The rules are
 * kept in code order; codes are unique within a version.
 */
public record DelegationScheme(DelegationSchemeId id, BoardId board, int version, Adoption adoption,
                               LocalDate validFrom, List<DelegationRule> rules) {
    /** "3.10" after "3.9": codes compare part by part as numbers. */
    public static final Comparator<String> CODE_ORDER = DelegationScheme::compareCodes;

    public DelegationScheme {
        Require.present(id, "Delegationsordningens id");
        Require.present(board, "Organ");
        if (version < 1) {
            throw new DomainException("Delegationsordningens version måste vara 1 eller högre, inte " + version + ".");
        }
        Require.present(adoption, "Antagandet");
        Require.present(validFrom, "Giltig från");
        if (validFrom.isBefore(adoption.meetingDate())) {
            throw new DomainException("Delegationsordningen kan inte gälla från " + validFrom
                    + ", före sammanträdet " + adoption.meetingDate() + " som antog den.");
        }
        Set<String> codes = new HashSet<>();
        for (DelegationRule rule : Require.present(rules, "Delegationspunkter")) {
            if (!codes.add(Require.present(rule, "Delegationspunkt").code())) {
                throw new DomainException("Punkt " + rule.code() + " finns två gånger i delegationsordningen. "
                        + "Ge den ena ett annat nummer.");
            }
        }
        rules = rules.stream().sorted(Comparator.comparing(DelegationRule::code, CODE_ORDER)).toList();
    }

    public static DelegationScheme first(DelegationSchemeId id, BoardId board, Adoption adoption, LocalDate validFrom) {
        return new DelegationScheme(id, board, 1, adoption, validFrom, List.of());
    }

    public Optional<DelegationRule> rule(String code) {
        return rules.stream().filter(r -> r.code().equals(code == null ? null : code.strip())).findFirst();
    }

    /** Adds the rule, or replaces the one with the same code. */
    public DelegationScheme withRule(DelegationRule rule) {
        List<DelegationRule> changed = new ArrayList<>(rules);
        changed.removeIf(r -> r.code().equals(rule.code()));
        changed.add(rule);
        return new DelegationScheme(id, board, version, adoption, validFrom, changed);
    }

    /** Replaces the rule {@code oldCode} with {@code rule}, which may carry a new code. */
    public DelegationScheme replaceRule(String oldCode, DelegationRule rule) {
        if (!oldCode.equals(rule.code()) && rule(rule.code()).isPresent()) {
            throw new DomainException("Punkt " + rule.code() + " finns redan. Välj ett annat nummer.");
        }
        return withoutRule(oldCode).withRule(rule);
    }

    public DelegationScheme withoutRule(String code) {
        List<DelegationRule> changed = new ArrayList<>(rules);
        changed.removeIf(r -> r.code().equals(code));
        return new DelegationScheme(id, board, version, adoption, validFrom, changed);
    }

    /** The next version, starting as a copy of this one's rules. */
    public DelegationScheme revise(DelegationSchemeId newId, Adoption newAdoption, LocalDate newValidFrom) {
        if (!newValidFrom.isAfter(validFrom)) {
            throw new DomainException("En ny version måste gälla från ett senare datum än " + validFrom + ".");
        }
        return new DelegationScheme(newId, board, version + 1, newAdoption, newValidFrom, rules);
    }

    private static int compareCodes(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c = comparePart(x[i], y[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    }

    private static int comparePart(String a, String b) {
        String da = a.replaceAll("\\D", "");
        String db = b.replaceAll("\\D", "");
        int c = Integer.compare(Integer.parseInt(da), Integer.parseInt(db));
        return c != 0 ? c : a.compareTo(b);
    }
}
