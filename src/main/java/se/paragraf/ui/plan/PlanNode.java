package se.paragraf.ui.plan;

import se.paragraf.domain.plan.GoalId;
import se.paragraf.domain.plan.GoalNode;
import se.paragraf.domain.plan.Indicator;

/** A row of the plan tree: a goal area, goal or sub-goal, or an indicator under one. */
public record PlanNode(GoalNode goal, Indicator indicator) {
    public static PlanNode of(GoalNode goal) {
        return new PlanNode(goal, null);
    }

    public static PlanNode of(GoalNode owner, Indicator indicator) {
        return new PlanNode(owner, indicator);
    }

    public boolean isIndicator() {
        return indicator != null;
    }

    public GoalId goalId() {
        return goal.id();
    }

    @Override
    public String toString() {
        return isIndicator() ? indicator.name() : goal.label();
    }
}
