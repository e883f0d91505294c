package se.paragraf.application.plan;

import se.paragraf.domain.plan.GoalLink;

/** A link of the paragraph with the goal and plan it points to. */
public record PlannedGoalLink(GoalLink link, PlannedGoal goal) {
}
