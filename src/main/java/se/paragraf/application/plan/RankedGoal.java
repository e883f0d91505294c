package se.paragraf.application.plan;

import java.util.List;
import se.paragraf.domain.plan.GoalNode;

/** A suggested goal: the plan's title, how strongly (0–1) and which of the decision's words matched. */
public record RankedGoal(GoalNode goal, String planTitle, double score, List<String> matchedWords) {
}
