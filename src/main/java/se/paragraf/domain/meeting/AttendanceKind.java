package se.paragraf.domain.meeting;

/** How a person on the board's roll attends: serving (tjänstgörande) or present without serving. */
public enum AttendanceKind {
    SERVING("Tjänstgörande ledamot"),
    SERVING_SUBSTITUTE("Tjänstgörande ersättare"),
    PRESENT_NOT_SERVING("Ej tjänstgörande ersättare");

    private final String swedishName;

    AttendanceKind(String swedishName) {
        this.swedishName = swedishName;
    }

    public String swedishName() {
        return swedishName;
    }

    public boolean serves() {
        return this != PRESENT_NOT_SERVING;
    }
}
