package se.paragraf.ui.plan;

import se.paragraf.domain.plan.GoalId;
import se.paragraf.domain.plan.GoalNode;
import se.paragraf.domain.plan.Indicator;
import se.paragraf.domain.plan.PlanAssignment;
import se.paragraf.ui.Messages;

/**
 * A row of the plan tree: a goal area, goal or sub-goal, an indicator under one, the heading of
 * the plan's own assignments, or one of those assignments (by its place in the plan's list).
 */
public record PlanNode(GoalNode goal, Indicator indicator, PlanAssignment assignment, int assignmentIndex) {
    public static PlanNode of(GoalNode goal) {
        return new PlanNode(goal, null, null, -1);
    }

    public static PlanNode of(GoalNode owner, Indicator indicator) {
        return new PlanNode(owner, indicator, null, -1);
    }

    public static PlanNode assignments() {
        return new PlanNode(null, null, null, -1);
    }

    public static PlanNode of(PlanAssignment assignment, int index) {
        return new PlanNode(null, null, assignment, index);
    }

    public boolean isIndicator() {
        return indicator != null;
    }

    public boolean isGoal() {
        return goal != null && indicator == null;
    }

    public boolean isAssignment() {
        return assignment != null;
    }

    public boolean isAssignmentHeading() {
        return goal == null && assignment == null;
    }

    /** The goal, or for an indicator the goal it measures; null for assignment rows. */
    public GoalId goalId() {
        return goal == null ? null : goal.id();
    }

    /** The same row of the tree, possibly with other text after a save. */
    public boolean sameRow(PlanNode other) {
        return other != null && java.util.Objects.equals(goalId(), other.goalId()) && isIndicator() == other.isIndicator()
                && (!isIndicator() || indicator.id().equals(other.indicator.id()))
                && isAssignmentHeading() == other.isAssignmentHeading() && assignmentIndex == other.assignmentIndex;
    }

    @Override
    public String toString() {
        if (isAssignment()) {
            return assignment.task() + " (" + assignment.due().display() + ")";
        }
        if (isAssignmentHeading()) {
            return Messages.get("planEdit.assignments");
        }
        return isIndicator() ? indicator.name() : goal.label();
    }
}
