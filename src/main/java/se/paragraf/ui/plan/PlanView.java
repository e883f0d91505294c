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
        SplitPane split = new SplitPane(tree, detail());
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

    private HBox toolbar() {
        ComboBox<OperationalPlan> plans = new ComboBox<>(viewModel.plans());
        plans.getStyleClass().add("plan-choice");
        plans.setConverter(new StringConverter<>() {
            @Override
            public String toString(OperationalPlan p) {
                return p == null ? "" : p.title();
            }

            @Override
            public OperationalPlan fromString(String s) {
                return null;
            }
        });
        plans.valueProperty().bindBidirectional(viewModel.planProperty());
        plans.setPrefWidth(380);
        Button copy = new Button(Messages.get("plan.copy"));
        copy.setId("plan-copy");
        copy.disableProperty().bind(viewModel.planProperty().isNull().or(viewModel.busyProperty()));
        copy.setOnAction(e -> viewModel.copyToNextPeriod());
        Button importButton = new Button(Messages.get("plan.import"));
        importButton.setId("plan-import");
        importButton.disableProperty().bind(viewModel.planProperty().isNull().or(viewModel.busyProperty()));
        importButton.setOnAction(e -> chooseImport());
        Label heading = new Label(Messages.get("plan.title"));
        heading.getStyleClass().add("title-2");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        // The heading and the actions keep their text; the plan's title gives way first.
        for (Region keep : new Region[] {heading, importButton, copy}) {
            keep.setMinWidth(Region.USE_PREF_SIZE);
        }
        plans.setMinWidth(160);
        HBox.setHgrow(plans, Priority.SOMETIMES);
        HBox bar = new HBox(8, heading, plans, gap, importButton, copy);
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return bar;
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
            PlanNode node = child.getValue();
            boolean same = node.goalId().equals(wanted.goalId()) && node.isIndicator() == wanted.isIndicator()
                    && (!node.isIndicator() || node.indicator().id().equals(wanted.indicator().id()));
            if (same) {
                tree.getSelectionModel().select(child);
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
        description.setPrefRowCount(5);
        description.textProperty().bindBidirectional(viewModel.descriptionProperty());
        GridPane goalGrid = form(new Label(Messages.get("goal.code")), code, new Label(Messages.get("goal.titleLabel")), title);
        goalForm.getChildren().addAll(goalGrid, new Label(Messages.get("goal.description")), description);

        TextField name = new TextField();
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

        Label empty = new Label(Messages.get("plan.chooseRow"));
        empty.getStyleClass().add("text-muted");
        VBox detail = new VBox(10, empty, goalForm, indicatorForm, save, goalPage);
        detail.setPadding(new Insets(0, 0, 0, 12));
        Runnable show = () -> {
            PlanNode node = viewModel.selectedProperty().get();
            boolean none = node == null;
            boolean indicator = !none && node.isIndicator();
            Nodes.show(empty, none);
            Nodes.show(goalForm, !none && !indicator);
            Nodes.show(indicatorForm, indicator);
            Nodes.show(save, !none);
            Nodes.show(goalPage, !none && !indicator);
        };
        viewModel.selectedProperty().addListener((o, was, now) -> show.run());
        show.run();
        return detail;
    }

    private static GridPane form(javafx.scene.Node... labelsAndFields) {
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
