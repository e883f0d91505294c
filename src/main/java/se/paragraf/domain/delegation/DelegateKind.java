package se.paragraf.domain.delegation;

/**
 * To whom a board may hand a decision (KL 6 kap. 37 §: a presidium, an utskott, a ledamot or
 * ersättare, or an employee; 6 kap. 39 §: the chair in urgent matters). A rule names a role
 * ("regiondirektör"), an utskott or the chair.
 */
public enum DelegateKind {
    ROLE("Tjänsteperson"),
    COMMITTEE("Utskott"),
    CHAIR("Ordförande");

    private final String swedishName;

    DelegateKind(String swedishName) {
        this.swedishName = swedishName;
    }

    public String swedishName() {
        return swedishName;
    }
}
