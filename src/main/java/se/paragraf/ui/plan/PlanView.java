package se.paragraf.ui.plan;

import se.paragraf.ui.Nodes;
import java.io.File;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import se.paragraf.application.plan.LinkedDecision;
import se.paragraf.domain.plan.GoalNode;
import se.paragraf.domain.plan.Indicator;
import se.paragraf.domain.plan.IndicatorKind;
import se.paragraf.domain.plan.OperationalPlan;
import se.paragraf.ui.Messages;

/**
 * The plan tree (goal areas → goals → sub-goals → indicators) beside a detail form for the selected
 * row; for a goal, its page below: every decision linked to it, oldest first.
 */
public final class PlanView extends BorderPane {
    private final PlanViewModel viewModel;
    private final TreeView<PlanNode> tree = new TreeView<>();
    private final VBox goalForm = new VBox(6);
    private final VBox indicatorForm = new VBox(6);
    private boolean rebuilding;

    public PlanView(PlanViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("plan-view");
        setPadding(new Insets(12));
        setTop(toolbar());
        tree.getStyleClass().add("plan-tree");
        tree.setShowRoot(false);
        tree.setCellFactory(t -> new javafx.scene.control.TreeCell<>() {
            @Override
            protected void updateItem(PlanNode node, boolean empty) {
                super.updateItem(node, empty);
                setText(empty || node == null ? null : node.toString());
                // Goal titles run long; the whole title is a hover away.
                setTooltip(empty || node == null ? null : new javafx.scene.control.Tooltip(node.toString()));
            }
        });
        tree.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (!rebuilding) {
                viewModel.selectedProperty().set(now == null ? null : now.getValue());
            }
        });
        viewModel.planProperty().addListener((o, was, now) -> rebuild(now));
        // Rows the view model selects itself (a new goal, a reloaded plan) are selected in the tree too.
        viewModel.selectedProperty().addListener((o, was, now) -> {
            TreeItem<PlanNode> shown = tree.getSelectionModel().getSelectedItem();
            if (now != null && !rebuilding && (shown == null || !now.sameRow(shown.getValue()))) {
                select(tree.getRoot(), now);
            }
        });
        tree.setContextMenu(new PlanTreeMenu(viewModel).contextMenu());
        tree.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.DELETE) {
                viewModel.removeSelected();
                e.consume();
            }
        });
        viewModel.setConfirmation(this::askYesNo);
        VBox treePane = new VBox(6, new PlanTreeMenu(viewModel).toolbar(), tree);
        VBox.setVgrow(tree, Priority.ALWAYS);
        SplitPane split = new SplitPane(treePane, detail());
        split.setDividerPositions(0.5);
        BorderPane.setMargin(split, new Insets(8, 0, 0, 0));
        setCenter(split);
        Label message = new Label();
        message.getStyleClass().add("plan-message");
        message.setWrapText(true);
        message.textProperty().bind(viewModel.messageProperty());
        BorderPane.setMargin(message, new Insets(6, 0, 0, 0));
        setBottom(message);
    }

    private VBox toolbar() {
        ComboBox<OperationalPlan> plans = new ComboBox<>(viewModel.plans());
        plans.getStyleClass().add("plan-choice");
        plans.setConverter(se.paragraf.ui.DisplayConverter.of(OperationalPlan::title));
        plans.valueProperty().bindBidirectional(viewModel.planProperty());
        plans.setPrefWidth(520);
        Button copy = new Button(Messages.get("plan.copy"));
        copy.setId("plan-copy");
        copy.disableProperty().bind(viewModel.planProperty().isNull().or(viewModel.busyProperty()));
        copy.setOnAction(e -> viewModel.copyToNextPeriod());
        Button importButton = new Button(Messages.get("plan.import"));
        importButton.setId("plan-import");
        importButton.disableProperty().bind(viewModel.planProperty().isNull().or(viewModel.busyProperty()));
        importButton.setOnAction(e -> chooseImport());
        Button newPlan = new Button(Messages.get("planEdit.newPlan"));
        newPlan.setId("plan-new");
        newPlan.disableProperty().bind(viewModel.busyProperty());
        newPlan.setOnAction(e -> viewModel.loadBoards(() -> new NewPlanDialog(viewModel).showFor(getScene().getWindow())));
        Button report = new Button(Messages.get("planReport.button"));
        report.setId("plan-report");
        report.disableProperty().bind(viewModel.planProperty().isNull().or(viewModel.busyProperty()));
        report.setOnAction(e -> new FollowUpDialog(viewModel).showFor(getScene().getWindow()));
        Label heading = new Label(Messages.get("plan.title"));
        heading.getStyleClass().add("title-2");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        // The heading and the actions keep their text; the plan's title gives way first.
        for (Region keep : new Region[] {heading, newPlan, importButton, copy, report}) {
            keep.setMinWidth(Region.USE_PREF_SIZE);
        }
        plans.setMinWidth(160);
        HBox.setHgrow(plans, Priority.SOMETIMES);
        // The plan's actions go on a row of their own: beside a long plan title they pushed the view wider than the window.
        HBox choice = new HBox(8, heading, plans);
        choice.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        HBox actions = new HBox(8, report, gap, newPlan, importButton, copy);
        actions.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return new VBox(8, choice, actions);
    }

    private void chooseImport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("plan.import.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("plan.import.filter"),
                "*.csv", "*.xlsx", "*.txt"));
        File file = chooser.showOpenDialog(getScene().getWindow());
        if (file != null) {
            viewModel.importFile(file.toPath());
        }
    }

    private void rebuild(OperationalPlan plan) {
        rebuilding = true;
        try {
            TreeItem<PlanNode> root = new TreeItem<>();
            if (plan != null) {
                TreeItem<PlanNode> area = null;
                TreeItem<PlanNode> goal = null;
                for (GoalNode node : plan.nodes()) {
                    TreeItem<PlanNode> item = new TreeItem<>(PlanNode.of(node));
                    item.setExpanded(node.level() != GoalNode.Level.SUB_GOAL);
                    for (Indicator indicator : node.indicators()) {
                        item.getChildren().add(new TreeItem<>(PlanNode.of(node, indicator)));
                    }
                    switch (node.level()) {
                        case AREA -> {
                            root.getChildren().add(item);
                            area = item;
                        }
                        case GOAL -> {
                            area.getChildren().add(item);
                            goal = item;
                        }
                        case SUB_GOAL -> goal.getChildren().add(item);
                    }
                }
            }
            if (plan != null) {
                TreeItem<PlanNode> heading = new TreeItem<>(PlanNode.assignments());
                heading.setExpanded(true);
                for (int i = 0; i < plan.assignments().size(); i++) {
                    heading.getChildren().add(new TreeItem<>(PlanNode.of(plan.assignments().get(i), i)));
                }
                root.getChildren().add(heading);
            }
            tree.setRoot(root);
        } finally {
            rebuilding = false;
        }
        PlanNode keep = viewModel.selectedProperty().get();
        if (keep != null) {
            select(tree.getRoot(), keep);
        }
    }

    private boolean select(TreeItem<PlanNode> item, PlanNode wanted) {
        for (TreeItem<PlanNode> child : item.getChildren()) {
            if (child.getValue().sameRow(wanted)) {
                for (TreeItem<PlanNode> up = child.getParent(); up != null; up = up.getParent()) {
                    up.setExpanded(true);
                }
                tree.getSelectionModel().select(child);
                tree.scrollTo(tree.getRow(child));
                return true;
            }
            if (select(child, wanted)) {
                return true;
            }
        }
        return false;
    }

    private VBox detail() {
        TextField code = new TextField();
        code.textProperty().bindBidirectional(viewModel.codeProperty());
        code.setPrefColumnCount(6);
        TextField title = new TextField();
        title.setId("plan-detail-title");
        title.textProperty().bindBidirectional(viewModel.titleProperty());
        TextArea description = new TextArea();
        description.setWrapText(true);
        description.setPrefRowCount(4);
        // The linked decisions below grow with the window; the goal's own text keeps its rows.
        description.setMinHeight(Region.USE_PREF_SIZE);
        description.textProperty().bindBidirectional(viewModel.descriptionProperty());
        GridPane goalGrid = form(new Label(Messages.get("goal.code")), code, new Label(Messages.get("goal.titleLabel")), title);
        goalForm.getChildren().addAll(goalGrid, new Label(Messages.get("goal.description")), description);

        TextField name = new TextField();
        name.setId("plan-indicator-name");
        name.textProperty().bindBidirectional(viewModel.titleProperty());
        ChoiceBox<IndicatorKind> kind = new ChoiceBox<>();
        kind.getItems().setAll(IndicatorKind.values());
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(IndicatorKind k) {
                return k == IndicatorKind.QUALITATIVE ? Messages.get("plan.indicator.qualitative")
                        : Messages.get("plan.indicator.quantitative");
            }

            @Override
            public IndicatorKind fromString(String s) {
                return null;
            }
        });
        kind.valueProperty().bindBidirectional(viewModel.kindProperty());
        TextField unit = new TextField();
        unit.textProperty().bindBidirectional(viewModel.unitProperty());
        GridPane indicatorGrid = form(new Label(Messages.get("plan.indicator.name")), name,
                new Label(Messages.get("plan.indicator.kind")), kind, new Label(Messages.get("plan.indicator.unit")), unit);
        TableView<ValueRow> values = new TableView<>(viewModel.values());
        values.getStyleClass().add("indicator-values");
        values.setEditable(true);
        values.setPrefHeight(170);
        values.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<ValueRow, String> year = new TableColumn<>(Messages.get("plan.indicator.year"));
        year.setCellValueFactory(c -> new ReadOnlyStringWrapper(Integer.toString(c.getValue().year())));
        year.setEditable(false);
        TableColumn<ValueRow, String> outcome = new TableColumn<>(Messages.get("plan.indicator.outcome"));
        outcome.setCellValueFactory(c -> c.getValue().outcomeProperty());
        outcome.setCellFactory(TextFieldTableCell.forTableColumn());
        TableColumn<ValueRow, String> target = new TableColumn<>(Messages.get("plan.indicator.target"));
        target.setCellValueFactory(c -> c.getValue().targetProperty());
        target.setCellFactory(TextFieldTableCell.forTableColumn());
        values.getColumns().add(year);
        values.getColumns().add(outcome);
        values.getColumns().add(target);
        indicatorForm.getChildren().addAll(indicatorGrid, values);

        Button save = new Button(Messages.get("plan.save"));
        save.setId("plan-save");
        save.disableProperty().bind(viewModel.selectedProperty().isNull().or(viewModel.busyProperty()));
        save.setOnAction(e -> viewModel.saveDetail());

        Label pageHeading = new Label();
        pageHeading.getStyleClass().addAll("title-4", "goal-page-heading");
        pageHeading.textProperty().bind(viewModel.goalHeadingProperty());
        pageHeading.setWrapText(true);
        pageHeading.setMinHeight(Region.USE_PREF_SIZE);
        ListView<LinkedDecision> decisions = new ListView<>(viewModel.decisions());
        decisions.getStyleClass().add("goal-decisions");
        decisions.setPlaceholder(new Label(Messages.get("goal.page.none")));
        decisions.setCellFactory(l -> new DecisionCell());
        VBox.setVgrow(decisions, Priority.ALWAYS);
        VBox goalPage = new VBox(6, pageHeading, decisions);
        VBox.setVgrow(goalPage, Priority.ALWAYS);

        TextField givenBy = new TextField();
        givenBy.textProperty().bindBidirectional(viewModel.givenByProperty());
        TextField directedTo = new TextField();
        directedTo.textProperty().bindBidirectional(viewModel.directedToProperty());
        TextField due = new TextField();
        due.setPromptText(Messages.get("planEdit.assignment.duePrompt"));
        due.textProperty().bindBidirectional(viewModel.dueTextProperty());
        TextArea task = new TextArea();
        task.setId("plan-assignment-task");
        task.setWrapText(true);
        task.setPrefRowCount(4);
        task.textProperty().bindBidirectional(viewModel.descriptionProperty());
        VBox assignmentForm = new VBox(6, form(new Label(Messages.get("planEdit.assignment.givenBy")), givenBy,
                new Label(Messages.get("planEdit.assignment.directedTo")), directedTo,
                new Label(Messages.get("planEdit.assignment.due")), due),
                new Label(Messages.get("planEdit.assignment.task")), task);

        Label empty = new Label(Messages.get("plan.chooseRow"));
        empty.getStyleClass().add("text-muted");
        empty.setWrapText(true);
        viewModel.selectedProperty().addListener((o, was, now) -> empty.setText(
                now != null && now.isAssignmentHeading() ? Messages.get("planEdit.assignments.hint") : Messages.get("plan.chooseRow")));
        VBox detail = new VBox(10, empty, goalForm, indicatorForm, assignmentForm, save, goalPage);
        detail.setPadding(new Insets(0, 0, 0, 12));
        Runnable show = () -> {
            PlanNode node = viewModel.selectedProperty().get();
            boolean none = node == null || node.isAssignmentHeading();
            Nodes.show(empty, none);
            Nodes.show(goalForm, !none && node.isGoal());
            Nodes.show(indicatorForm, !none && node.isIndicator());
            Nodes.show(assignmentForm, !none && node.isAssignment());
            Nodes.show(save, !none);
            Nodes.show(goalPage, !none && node.isGoal());
        };
        // A row just added is there to be written: its first field takes the focus with the placeholder selected.
        viewModel.editRequestsProperty().addListener((o, was, now) -> javafx.application.Platform.runLater(() -> {
            PlanNode node = viewModel.selectedProperty().get();
            javafx.scene.control.TextInputControl field = node == null ? null
                    : node.isAssignment() ? task : node.isIndicator() ? name : title;
            if (field != null) {
                field.requestFocus();
                field.selectAll();
            }
        }));
        viewModel.selectedProperty().addListener((o, was, now) -> show.run());
        show.run();
        return detail;
    }

    private boolean askYesNo(String question) {
        javafx.scene.control.ButtonType yes = new javafx.scene.control.ButtonType(Messages.get("dialog.yes"),
                javafx.scene.control.ButtonBar.ButtonData.YES);
        javafx.scene.control.ButtonType no = new javafx.scene.control.ButtonType(Messages.get("dialog.no"),
                javafx.scene.control.ButtonBar.ButtonData.NO);
        javafx.scene.control.Alert alert = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.CONFIRMATION,
                question, yes, no);
        alert.initOwner(getScene().getWindow());
        alert.setTitle(Messages.get("app.title"));
        alert.setHeaderText(Messages.get("planEdit.remove"));
        return alert.showAndWait().filter(yes::equals).isPresent();
    }

    static GridPane form(javafx.scene.Node... labelsAndFields) {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        for (int i = 0; i < labelsAndFields.length; i += 2) {
            grid.add(labelsAndFields[i], 0, i / 2);
            grid.add(labelsAndFields[i + 1], 1, i / 2);
            GridPane.setHgrow(labelsAndFields[i + 1], Priority.ALWAYS);
        }
        return grid;
    }

    /** A linked decision: date, board and § over its title, the decision (or clause) text below. */
    private static final class DecisionCell extends ListCell<LinkedDecision> {
        @Override
        protected void updateItem(LinkedDecision d, boolean empty) {
            super.updateItem(d, empty);
            if (empty || d == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label head = new Label(d.date() + " · " + d.boardName() + " " + d.paragraphLabel() + " · " + d.title());
            head.getStyleClass().add("goal-decision-head");
            Label text = new Label(d.decisionText());
            text.setWrapText(true);
            text.getStyleClass().add("text-muted");
            head.setWrapText(true);
            head.setMinHeight(Region.USE_PREF_SIZE);
            text.setMinHeight(Region.USE_PREF_SIZE);
            VBox box = new VBox(2, head, text);
            // Wrapping needs a width to wrap at: the list's, less its scroll bar.
            box.prefWidthProperty().bind(getListView().widthProperty().subtract(36));
            head.maxWidthProperty().bind(box.prefWidthProperty());
            text.maxWidthProperty().bind(box.prefWidthProperty());
            setGraphic(box);
            setText(null);
        }
    }
}
