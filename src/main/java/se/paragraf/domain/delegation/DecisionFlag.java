package se.paragraf.domain.delegation;

/** What the register marks on a delegated decision; {@link #isFault()} ones need the secretary's attention. */
public enum DecisionFlag {
    /** No rule with that code in the version of the scheme valid on the decision day. */
    RULE_NOT_VALID(true),
    /** The role is neither the rule's delegate nor its substitute, and the rule allows no further delegation. */
    NOT_THE_DELEGATE(true),
    /** The person did not hold the role on the decision day. */
    NOT_HOLDING_ROLE(true),
    /** The rule names a matter the board may not delegate (KL 6 kap. 38 §). */
    NON_DELEGABLE_MATTER(true),
    /** An ordförandebeslut (KL 6 kap. 39 §) that must be reported at the board's next meeting. */
    URGENT(false),
    /** An ordförandebeslut whose next meeting has passed without it being reported. */
    URGENT_OVERDUE(true),
    /** The scheme says decisions under the rule are not reported to the board (KL 6 kap. 40 §). */
    NOT_REPORTED_TO_BOARD(false);

    private final boolean fault;

    DecisionFlag(boolean fault) {
        this.fault = fault;
    }

    public boolean isFault() {
        return fault;
    }
}
