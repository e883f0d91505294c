package se.paragraf.application.plan;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import se.paragraf.application.assignment.WatchItem;
import se.paragraf.domain.plan.GoalNode;
import se.paragraf.domain.plan.Indicator;

/**
 * The follow-up of a plan for a period (delårsrapport, årsrapport): per goal area and goal, the
 * decisions linked to it and taken in the period, the assignments those decisions gave with
 * their status, the indicators with outcomes and targets; and the goals no decision touched.
 */
public record FollowUp(String planTitle, String boardName, LocalDate from, LocalDate to, LocalDateTime made,
                       List<Area> areas, List<GoalNode> untouched) {
    public record Area(GoalNode area, List<GoalFollowUp> goals) {
    }

    public record GoalFollowUp(GoalNode goal, List<LinkedDecision> decisions, List<WatchItem> assignments,
                               List<Indicator> indicators) {
    }
}
