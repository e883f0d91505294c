package se.paragraf.application.plan;

import se.paragraf.domain.plan.GoalId;
import se.paragraf.domain.plan.IndicatorId;
import se.paragraf.domain.plan.OperationalPlan;

/** A plan after an edit from the tree, with the goal (and indicator) the edit added, for selecting it. */
public record PlanEdit(OperationalPlan plan, GoalId goal, IndicatorId indicator) {
}
