package se.paragraf.domain.delegation;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import se.paragraf.domain.shared.DomainException;
import se.paragraf.domain.shared.Require;

/**
 * Every version of one board's scheme. A version is valid from its own day until the day before
 * the next version's; before the first version nothing was delegated.
 */
public record SchemeHistory(List<DelegationScheme> versions) {
    public SchemeHistory {
        versions = Require.present(versions, "Versioner").stream()
                .sorted(Comparator.comparing(DelegationScheme::validFrom)).toList();
        for (int i = 1; i < versions.size(); i++) {
            if (!versions.get(i).board().equals(versions.get(0).board())) {
                throw new DomainException("Versionerna hör till olika organ.");
            }
            if (versions.get(i).validFrom().equals(versions.get(i - 1).validFrom())) {
                throw new DomainException("Två versioner av delegationsordningen gäller från samma dag, "
                        + versions.get(i).validFrom() + ".");
            }
        }
    }

    public Optional<DelegationScheme> validOn(LocalDate day) {
        DelegationScheme valid = null;
        for (DelegationScheme version : versions) {
            if (!version.validFrom().isAfter(day)) {
                valid = version;
            }
        }
        return Optional.ofNullable(valid);
    }

    /** The rule with that code in the version valid on that day. */
    public Optional<DelegationRule> ruleOn(String code, LocalDate day) {
        return validOn(day).flatMap(s -> s.rule(code));
    }

    /** The last day the version is valid, or empty while it is the newest. */
    public Optional<LocalDate> validUntil(DelegationScheme version) {
        return versions.stream().map(DelegationScheme::validFrom).filter(d -> d.isAfter(version.validFrom()))
                .findFirst().map(d -> d.minusDays(1));
    }

    public Optional<DelegationScheme> latest() {
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
    }
}
