package se.paragraf.domain.plan;

import java.util.List;
import se.paragraf.domain.shared.Require;

/** A delmål under a goal (the Västerbotten plans' mål → delmål → indikator). */
public record SubGoal(GoalId id, String code, String title, List<Indicator> indicators) {
    public SubGoal {
        Require.present(id, "Delmålets id");
        code = Require.optionalText(code);
        title = Require.text(title, "Delmålets rubrik");
        indicators = List.copyOf(Require.present(indicators, "Indikatorer"));
    }

    public SubGoal describe(String newCode, String newTitle) {
        return new SubGoal(id, newCode, newTitle, indicators);
    }

    public SubGoal withIndicators(List<Indicator> newIndicators) {
        return new SubGoal(id, code, title, newIndicators);
    }
}
