package se.paragraf.domain.plan;

import java.util.List;
import se.paragraf.domain.shared.Require;

/** A målområde, taken from the council's plan; holds the board's goals within it. */
public record GoalArea(GoalId id, String code, String title, List<Goal> goals) {
    public GoalArea {
        Require.present(id, "Målområdets id");
        code = Require.optionalText(code);
        title = Require.text(title, "Målområdets rubrik");
        goals = List.copyOf(Require.present(goals, "Mål"));
    }

    public GoalArea describe(String newCode, String newTitle) {
        return new GoalArea(id, newCode, newTitle, goals);
    }

    public GoalArea withGoals(List<Goal> newGoals) {
        return new GoalArea(id, code, title, newGoals);
    }
}
