package se.paragraf.domain.plan;

/** An indicator value is either what was measured (Utfall) or what the plan aims at (Målnivå). */
public enum ValueKind {
    OUTCOME("Utfall"), TARGET("Målnivå");

    private final String swedishName;

    ValueKind(String swedishName) {
        this.swedishName = swedishName;
    }

    public String swedishName() {
        return swedishName;
    }
}
