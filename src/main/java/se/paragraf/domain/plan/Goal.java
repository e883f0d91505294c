package se.paragraf.domain.plan;

import java.util.List;
import se.paragraf.domain.shared.Require;

/**
 * A mål: what the board commits to ({@code description} holds the "ska regionstyrelsen: …"
 * text), measured by indicators and optionally split into sub-goals.
 */
public record Goal(GoalId id, String code, String title, String description, List<SubGoal> subGoals,
                   List<Indicator> indicators) {
    public Goal {
        Require.present(id, "Målets id");
        code = Require.optionalText(code);
        title = Require.text(title, "Målets rubrik");
        description = Require.optionalText(description);
        subGoals = List.copyOf(Require.present(subGoals, "Delmål"));
        indicators = List.copyOf(Require.present(indicators, "Indikatorer"));
    }

    public Goal describe(String newCode, String newTitle, String newDescription) {
        return new Goal(id, newCode, newTitle, newDescription, subGoals, indicators);
    }

    public Goal withSubGoals(List<SubGoal> newSubGoals) {
        return new Goal(id, code, title, description, newSubGoals, indicators);
    }

    public Goal withIndicators(List<Indicator> newIndicators) {
        return new Goal(id, code, title, description, subGoals, newIndicators);
    }
}
