package se.paragraf.ui.decision;

import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeView;
import se.paragraf.domain.plan.OperationalPlan;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import se.paragraf.application.plan.PlannedGoalLink;
import se.paragraf.application.plan.RankedGoal;
import se.paragraf.domain.paragraph.ParagraphId;
import se.paragraf.domain.plan.GoalNode;
import se.paragraf.ui.Messages;

/**
 * "Mål i verksamhetsplanen": suggested goals with the words that matched, a searchable goal tree
 * (plan → goal area → goal → sub-goal, linked goals ticked) and the links made. Embed it and call {@link #show}.
 */
public final class GoalLinksView extends VBox {
    private final GoalLinksViewModel viewModel;

    public GoalLinksView(GoalLinksViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("goal-links");
        setSpacing(8);
        setPadding(new Insets(8));
        setMinWidth(340);
        ListView<RankedGoal> suggestions = new ListView<>(viewModel.suggestions());
        suggestions.getStyleClass().add("goal-suggestions");
        suggestions.setPrefHeight(180);
        suggestions.setPlaceholder(new Label(Messages.get("goal.suggestions.none")));
        suggestions.setCellFactory(l -> cell(s -> row(s.goal().label(),
                Messages.get("goal.matched", String.join(", ", s.matchedWords())), Messages.get("goal.confirm"),
                () -> viewModel.confirm(s.goal()))));
        TextField search = new TextField();
        search.setPromptText(Messages.get("goal.search.prompt"));
        search.getStyleClass().add("goal-search");
        search.textProperty().bindBidirectional(viewModel.searchProperty());
        TreeView<GoalTreeRow> tree = new TreeView<>();
        tree.getStyleClass().add("goal-tree");
        tree.setShowRoot(false);
        tree.setRoot(new javafx.scene.control.TreeItem<>());
        tree.setPrefHeight(240);
        tree.setCellFactory(t -> new TreeCell<>() {
            @Override
            protected void updateItem(GoalTreeRow item, boolean empty) {
                super.updateItem(item, empty);
                setText(null);
                if (empty || item == null || item.goal() == null) {
                    setGraphic(empty || item == null ? null : heading(item.planTitle()));
                    return;
                }
                HBox row = viewModel.isLinked(item.goal()) ? row("\u2713 " + item.goal().label(), Messages.get("goal.tree.linked"), null, null)
                        : row(item.goal().label(), null, Messages.get("goal.confirm"), () -> viewModel.confirm(item.goal()));
                // Deeper rows are indented, so they get less width: the Koppla button stays inside the pane.
                double width = getTreeView().getWidth() - getTreeView().getTreeItemLevel(getTreeItem()) * 18 - 48;
                row.setPrefWidth(width);
                row.setMaxWidth(width);
                Region texts = (Region) row.getChildren().get(0);
                texts.setMinWidth(0);
                texts.setPrefWidth(Math.max(60, width - 96));
                setTooltip(new javafx.scene.control.Tooltip(item.goal().label()));
                setGraphic(row);
            }
        });
        Runnable rebuild = () -> tree.setRoot(GoalTreeRow.tree(viewModel.plans(), viewModel.goals(), !viewModel.searchProperty().get().isBlank()));
        viewModel.plans().addListener((javafx.collections.ListChangeListener<OperationalPlan>) c -> rebuild.run());
        viewModel.goals().addListener((javafx.collections.ListChangeListener<GoalNode>) c -> rebuild.run());
        viewModel.links().addListener((javafx.collections.ListChangeListener<PlannedGoalLink>) c -> tree.refresh());
        tree.widthProperty().addListener((o, was, now) -> tree.refresh());
        ListView<PlannedGoalLink> links = new ListView<>(viewModel.links());
        links.getStyleClass().add("goal-linked");
        links.setPrefHeight(100);
        links.setPlaceholder(new Label(Messages.get("goal.links.none")));
        links.setCellFactory(l -> cell(link -> row(link.goal().goal().label(), link.goal().plan().title(),
                Messages.get("goal.unlink"), () -> viewModel.unlink(link))));
        Label message = new Label();
        message.setWrapText(true);
        message.getStyleClass().add("text-muted");
        message.textProperty().bind(viewModel.messageProperty());
        getChildren().addAll(heading(Messages.get("goal.suggestions.title")), suggestions,
                heading(Messages.get("goal.tree.title")), search, tree,
                heading(Messages.get("goal.links.title")), links, message);
    }

    public void show(ParagraphId paragraph) {
        viewModel.show(paragraph);
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("title-4");
        return label;
    }

    private static HBox row(String title, String detail, String action, Runnable onAction) {
        Label titleLabel = new Label(title);
        titleLabel.setWrapText(true);
        VBox texts = new VBox(2, titleLabel);
        if (detail != null) {
            Label detailLabel = new Label(detail);
            detailLabel.setWrapText(true);
            detailLabel.getStyleClass().add("text-muted");
            texts.getChildren().add(detailLabel);
        }
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox.setHgrow(texts, Priority.ALWAYS);
        texts.setMaxWidth(Double.MAX_VALUE);
        texts.setPrefWidth(220);
        HBox row = new HBox(8, texts, gap);
        if (action != null) {
            Button button = new Button(action);
            button.setMinWidth(Region.USE_PREF_SIZE);
            button.setOnAction(e -> onAction.run());
            row.getChildren().add(button);
        }
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return row;
    }

    private static <T> ListCell<T> cell(Function<T, Node> graphic) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(null);
                setGraphic(empty || item == null ? null : graphic.apply(item));
            }
        };
    }
}
