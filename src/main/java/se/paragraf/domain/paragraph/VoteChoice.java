package se.paragraf.domain.paragraph;

public enum VoteChoice {
    YES("Ja"),
    NO("Nej"),
    ABSTAIN("Avstår");

    private final String swedishName;

    VoteChoice(String swedishName) {
        this.swedishName = swedishName;
    }

    public String swedishName() {
        return swedishName;
    }
}
