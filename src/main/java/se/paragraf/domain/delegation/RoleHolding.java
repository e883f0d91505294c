package se.paragraf.domain.delegation;

import java.time.LocalDate;
import se.paragraf.domain.shared.DomainException;
import se.paragraf.domain.shared.Require;

/** Who held a role ("Regiondirektör", "Ordförande") when; {@code to} is empty while it is held. */
public record RoleHolding(String role, String person, LocalDate from, LocalDate to) {
    public RoleHolding {
        role = Require.text(role, "Roll");
        person = Require.text(person, "Namn");
        Require.present(from, "Från och med");
        if (to != null && to.isBefore(from)) {
            throw new DomainException(person + " kan inte ha lämnat rollen " + role + " " + to + ", före " + from + ".");
        }
    }

    public boolean covers(String aRole, String aPerson, LocalDate day) {
        return Delegate.RoleName.same(role, aRole) && person.equalsIgnoreCase(aPerson == null ? "" : aPerson.strip())
                && !day.isBefore(from) && (to == null || !day.isAfter(to));
    }
}
