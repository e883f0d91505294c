package se.paragraf.application.plan;

import se.paragraf.domain.plan.GoalNode;
import se.paragraf.domain.plan.OperationalPlan;

/** A goal with the plan it belongs to. */
public record PlannedGoal(GoalNode goal, OperationalPlan plan) {
}
