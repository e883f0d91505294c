package se.paragraf.domain.paragraph;

/** The kinds of yrkande; {@link #needsText()} where the motion is meaningless without its wording. */
public enum MotionKind {
    APPROVAL("bifall", false),
    REJECTION("avslag", false),
    AMENDMENT("ändring", true),
    ADDITION("tillägg", true),
    REFERRAL_BACK("återremiss", false),
    TABLING("bordläggning", false),
    TEXT("eget yrkande", true);

    private final String swedishName;
    private final boolean needsText;

    MotionKind(String swedishName, boolean needsText) {
        this.swedishName = swedishName;
        this.needsText = needsText;
    }

    public String swedishName() {
        return swedishName;
    }

    public boolean needsText() {
        return needsText;
    }
}
