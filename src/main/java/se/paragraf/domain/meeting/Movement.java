package se.paragraf.domain.meeting;

/** An arrival serves from the § named ("från § 105"); a departure serves up to it ("efter § 110"). */
public enum Movement {
    ARRIVES_FROM("från §"),
    LEAVES_AFTER("efter §");

    private final String swedishName;

    Movement(String swedishName) {
        this.swedishName = swedishName;
    }

    public String swedishName() {
        return swedishName;
    }
}
