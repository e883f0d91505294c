package se.paragraf.domain.plan;

import se.paragraf.domain.assignment.DecisionRef;
import se.paragraf.domain.shared.Require;

/** A decision, or one of its clauses, serves a goal. */
public record GoalLink(GoalId goal, DecisionRef decision) {
    public GoalLink {
        Require.present(goal, "Mål");
        Require.present(decision, "Beslut");
    }
}
