package se.paragraf.ui.plan;

import java.util.List;
import javafx.beans.binding.BooleanExpression;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.layout.HBox;
import se.paragraf.ui.Messages;

/**
 * The plan tree's edit actions, once as a bar above the tree and once as the tree's context menu:
 * what can be added depends on the selected row (an indicator needs a goal or sub-goal to measure).
 */
final class PlanTreeMenu {
    private record Action(String id, String label, Runnable run, BooleanExpression enabled) {
    }

    private final PlanViewModel viewModel;
    private final List<Action> adds;

    PlanTreeMenu(PlanViewModel viewModel) {
        this.viewModel = viewModel;
        BooleanExpression anyPlan = viewModel.planProperty().isNotNull();
        this.adds = List.of(
                new Action("plan-add-area", Messages.get("planEdit.add.area"), viewModel::addArea, anyPlan),
                new Action("plan-add-goal", Messages.get("planEdit.add.goal"), viewModel::addGoal, viewModel.canAddGoal()),
                new Action("plan-add-subgoal", Messages.get("planEdit.add.subGoal"), viewModel::addSubGoal, viewModel.canAddSubGoal()),
                new Action("plan-add-indicator", Messages.get("planEdit.add.indicator"), viewModel::addIndicator, viewModel.canAddIndicator()),
                new Action("plan-add-assignment", Messages.get("planEdit.add.assignment"), viewModel::addAssignment, anyPlan));
    }

    HBox toolbar() {
        MenuButton add = new MenuButton(Messages.get("planEdit.addMenu"));
        add.setId("plan-add");
        add.disableProperty().bind(viewModel.planProperty().isNull().or(viewModel.busyProperty()));
        adds.forEach(a -> add.getItems().add(item(a)));
        Button goal = button(adds.get(1));
        Button indicator = button(adds.get(3));
        Button remove = new Button(Messages.get("planEdit.remove"));
        remove.setId("plan-remove");
        remove.disableProperty().bind(viewModel.canRemove().not().or(viewModel.busyProperty()));
        remove.setOnAction(e -> viewModel.removeSelected());
        HBox bar = new HBox(6, add, goal, indicator, remove);
        bar.getStyleClass().add("plan-tree-bar");
        return bar;
    }

    ContextMenu contextMenu() {
        ContextMenu menu = new ContextMenu();
        adds.forEach(a -> menu.getItems().add(item(a)));
        MenuItem remove = new MenuItem(Messages.get("planEdit.remove"));
        remove.disableProperty().bind(viewModel.canRemove().not().or(viewModel.busyProperty()));
        remove.setOnAction(e -> viewModel.removeSelected());
        menu.getItems().addAll(new SeparatorMenuItem(), remove);
        return menu;
    }

    private MenuItem item(Action action) {
        MenuItem item = new MenuItem(action.label());
        item.setId(action.id() + "-item");
        item.disableProperty().bind(action.enabled().not().or(viewModel.busyProperty()));
        item.setOnAction(e -> action.run().run());
        return item;
    }

    private Button button(Action action) {
        Button button = new Button(action.label());
        button.setId(action.id());
        button.disableProperty().bind(action.enabled().not().or(viewModel.busyProperty()));
        button.setOnAction(e -> action.run().run());
        return button;
    }
}
