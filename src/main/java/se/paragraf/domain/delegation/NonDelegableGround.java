package se.paragraf.domain.delegation;

/**
 * The kinds of matter a board may never delegate, KL (2017:725) 6 kap. 38 §:
 * <ol>
 *   <li>matters about the activity's goals, direction, scope or quality;</li>
 *   <li>requests or statements to fullmäktige, and statements because a decision of the board
 *       as a whole or of fullmäktige has been appealed;</li>
 *   <li>authority over individuals when the matter is of a principled nature or otherwise of
 *       greater importance;</li>
 *   <li>matters that another statute says may not be delegated.</li>
 * </ol>
 * Point 2 is split in two so that the explanation can say which half applies.
 */
public enum NonDelegableGround {
    GOALS_AND_DIRECTION("6 kap. 38 § 1 KL",
            "Ärenden om verksamhetens mål, inriktning, omfattning eller kvalitet beslutar nämnden själv."),
    STATEMENT_TO_COUNCIL("6 kap. 38 § 2 KL",
            "Framställningar och yttranden till fullmäktige beslutar nämnden själv."),
    STATEMENT_ON_APPEAL("6 kap. 38 § 2 KL",
            "Yttranden när nämndens eller fullmäktiges eget beslut har överklagats beslutar nämnden själv."),
    PRINCIPAL_AUTHORITY("6 kap. 38 § 3 KL",
            "Myndighetsutövning mot enskilda som är av principiell beskaffenhet eller annars av större vikt "
                    + "beslutar nämnden själv."),
    BY_STATUTE("6 kap. 38 § 4 KL",
            "Ärendet får enligt lag eller annan författning inte delegeras.");

    private final String legalReference;
    private final String explanation;

    NonDelegableGround(String legalReference, String explanation) {
        this.legalReference = legalReference;
        this.explanation = explanation;
    }

    public String legalReference() {
        return legalReference;
    }

    /** A sentence for the secretary: what the law says, without the section number. */
    public String explanation() {
        return explanation;
    }
}
