package se.paragraf.application.plan;

import java.util.List;
import se.paragraf.domain.plan.GoalNode;

/** Everything a goal's page shows: the goal, its plan and every decision linked to it, oldest first. */
public record GoalPage(GoalNode goal, String planTitle, List<LinkedDecision> decisions) {
}
