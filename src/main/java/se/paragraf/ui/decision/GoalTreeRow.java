package se.paragraf.ui.decision;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.control.TreeItem;
import se.paragraf.domain.plan.GoalId;
import se.paragraf.domain.plan.GoalNode;
import se.paragraf.domain.plan.OperationalPlan;

/** A row of the editor's goal tree: a plan's title, or one of its goal areas, goals and sub-goals. */
record GoalTreeRow(String planTitle, GoalNode goal) {
    /**
     * The plans' trees keeping the rows the search matched and the rows above them (a matching
     * sub-goal is shown under its goal and area); expanded all the way while searching.
     */
    static TreeItem<GoalTreeRow> tree(List<OperationalPlan> plans, Collection<GoalNode> matching, boolean searching) {
        Set<GoalId> matched = new HashSet<>();
        matching.forEach(g -> matched.add(g.id()));
        TreeItem<GoalTreeRow> root = new TreeItem<>();
        for (OperationalPlan plan : plans) {
            TreeItem<GoalTreeRow> planItem = new TreeItem<>(new GoalTreeRow(plan.title(), null));
            planItem.setExpanded(true);
            Map<GoalId, TreeItem<GoalTreeRow>> items = new HashMap<>();
            for (GoalNode node : plan.nodes()) {
                TreeItem<GoalTreeRow> item = new TreeItem<>(new GoalTreeRow(plan.title(), node));
                item.setExpanded(searching || node.level() == GoalNode.Level.AREA);
                items.put(node.id(), item);
                plan.parentOf(node.id()).map(items::get).orElse(planItem).getChildren().add(item);
            }
            prune(planItem, matched);
            if (!planItem.getChildren().isEmpty()) {
                root.getChildren().add(planItem);
            }
        }
        return root;
    }

    /** Drops the rows that neither match nor hold a match; true when {@code item} keeps something. */
    private static boolean prune(TreeItem<GoalTreeRow> item, Set<GoalId> matched) {
        item.getChildren().removeIf(child -> !prune(child, matched));
        GoalNode goal = item.getValue().goal();
        return !item.getChildren().isEmpty() || (goal != null && matched.contains(goal.id()));
    }
}
