package se.paragraf.domain.board;

/** The kinds of organ (DOMAIN.md): fullmäktige, styrelse, nämnd, utskott. */
public enum BoardKind {
    COUNCIL("Fullmäktige"),
    EXECUTIVE_BOARD("Styrelse"),
    BOARD("Nämnd"),
    COMMITTEE("Utskott");

    private final String swedishName;

    BoardKind(String swedishName) {
        this.swedishName = swedishName;
    }

    public String swedishName() {
        return swedishName;
    }

    /** Only an utskott sits under another organ. */
    public boolean needsParent() {
        return this == COMMITTEE;
    }
}
