package se.paragraf.domain.plan;

import java.util.List;
import java.util.Optional;

/**
 * A goal area, goal or sub-goal seen from outside the plan: its level, the titles above it and
 * its own text, for lists, suggestions and the goal page.
 */
public record GoalNode(GoalId id, Level level, String code, String title, String description, String areaTitle,
                       String goalTitle, List<Indicator> indicators) {
    public enum Level {
        AREA("målområde"), GOAL("mål"), SUB_GOAL("delmål");

        private final String swedishName;

        Level(String swedishName) {
            this.swedishName = swedishName;
        }

        public String swedishName() {
            return swedishName;
        }
    }

    static GoalNode area(GoalArea area) {
        return new GoalNode(area.id(), Level.AREA, area.code(), area.title(), null, null, null, List.of());
    }

    static GoalNode goal(GoalArea area, Goal goal) {
        return new GoalNode(goal.id(), Level.GOAL, goal.code(), goal.title(), goal.description(), area.title(), null,
                goal.indicators());
    }

    static GoalNode subGoal(GoalArea area, Goal goal, SubGoal sub) {
        return new GoalNode(sub.id(), Level.SUB_GOAL, sub.code(), sub.title(), null, area.title(), goal.title(),
                sub.indicators());
    }

    public Optional<String> descriptionIfAny() {
        return Optional.ofNullable(description);
    }

    /** "2.1.1 Vi främjar …": the code when the plan numbers its goals. */
    public String label() {
        return code == null ? title : code + " " + title;
    }

    /** All the text a decision's words can match: its own title and description and those above it. */
    public String searchableText() {
        StringBuilder text = new StringBuilder(title);
        for (String s : new String[] {description, goalTitle}) {
            if (s != null) {
                text.append('\n').append(s);
            }
        }
        indicators.forEach(i -> text.append('\n').append(i.name()));
        return text.toString();
    }
}
