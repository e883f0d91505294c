package se.paragraf.domain.board;

/**
 * Role on a board for one term. The chair and vice chairs are ledamöter with an office; the
 * distinction that the law cares about is {@link #holdsSeat()}: ersättare only serve in a
 * ledamot's place.
 */
public enum MembershipRole {
    CHAIR("Ordförande"),
    VICE_CHAIR("Vice ordförande"),
    MEMBER("Ledamot"),
    SUBSTITUTE("Ersättare");

    private final String swedishName;

    MembershipRole(String swedishName) {
        this.swedishName = swedishName;
    }

    public String swedishName() {
        return swedishName;
    }

    public boolean holdsSeat() {
        return this != SUBSTITUTE;
    }
}
