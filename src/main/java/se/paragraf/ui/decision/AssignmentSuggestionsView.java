package se.paragraf.ui.decision;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import se.paragraf.application.assignment.WatchItem;
import se.paragraf.domain.paragraph.ParagraphId;
import se.paragraf.ui.Messages;
import se.paragraf.ui.watch.StatusText;

/**
 * "Uppdrag i beslutet": each proposed assignment as a small form with Godkänn and Avvisa, and the
 * assignments already registered for the paragraph. Embed it and call {@link #show}.
 */
public final class AssignmentSuggestionsView extends VBox {
    /** Narrower than this the forms' fields are too short to read a task in. */
    private static final double MIN_WIDTH = 340;
    private final AssignmentSuggestionsViewModel viewModel;

    public AssignmentSuggestionsView(AssignmentSuggestionsViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("assignment-suggestions");
        setSpacing(8);
        setPadding(new Insets(8));
        setMinWidth(MIN_WIDTH);
        Label heading = new Label(Messages.get("assignment.suggestions.title"));
        heading.getStyleClass().add("title-4");
        VBox rows = new VBox(10);
        viewModel.suggestions().addListener((javafx.collections.ListChangeListener<SuggestionRow>) c ->
                rows.getChildren().setAll(viewModel.suggestions().stream().map(this::form).toList()));
        Label message = new Label();
        message.setWrapText(true);
        message.getStyleClass().add("text-muted");
        message.textProperty().bind(viewModel.messageProperty());
        Label registeredHeading = new Label(Messages.get("assignment.registered.title"));
        registeredHeading.getStyleClass().add("title-4");
        ListView<WatchItem> registered = new ListView<>(viewModel.registered());
        registered.getStyleClass().add("assignment-registered");
        registered.setPrefHeight(120);
        registered.setPlaceholder(new Label(Messages.get("assignment.registered.none")));
        registered.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(WatchItem item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : StatusText.of(item.status()) + " · "
                        + item.assignment().currentDue().display() + " · " + item.assignment().assignee() + ": "
                        + item.assignment().task());
            }
        });
        getChildren().addAll(heading, rows, message, registeredHeading, registered);
    }

    public void show(ParagraphId paragraph) {
        viewModel.show(paragraph);
    }

    /** Field labels keep their width; the fields take what is left. */
    private static Label fieldLabel(String text) {
        Label label = new Label(text);
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }

    private VBox form(SuggestionRow row) {
        Label clause = new Label("att " + row.proposal().clauseText());
        clause.setWrapText(true);
        clause.getStyleClass().add("text-muted");
        TextField assignee = new TextField();
        assignee.textProperty().bindBidirectional(row.assigneeProperty());
        TextArea task = new TextArea();
        task.setWrapText(true);
        task.setPrefRowCount(2);
        task.textProperty().bindBidirectional(row.taskProperty());
        TextField dueDate = new TextField();
        dueDate.setPromptText(Messages.get("assignment.dueDate.prompt"));
        dueDate.textProperty().bindBidirectional(row.dueDateProperty());
        TextField dueText = new TextField();
        dueText.textProperty().bindBidirectional(row.dueTextProperty());
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(4);
        grid.addRow(0, fieldLabel(Messages.get("assignment.assignee")), assignee);
        grid.addRow(1, fieldLabel(Messages.get("assignment.task")), task);
        grid.addRow(2, fieldLabel(Messages.get("assignment.dueDate")), dueDate);
        grid.addRow(3, fieldLabel(Messages.get("assignment.dueText")), dueText);
        GridPane.setHgrow(task, Priority.ALWAYS);
        Button accept = new Button(Messages.get("assignment.accept"));
        accept.getStyleClass().addAll("accent", "assignment-accept");
        accept.setOnAction(e -> viewModel.accept(row));
        Button reject = new Button(Messages.get("assignment.reject"));
        reject.getStyleClass().add("assignment-reject");
        reject.setOnAction(e -> viewModel.reject(row));
        VBox form = new VBox(4, clause, grid, new HBox(8, accept, reject));
        form.getStyleClass().add("assignment-suggestion");
        return form;
    }
}
