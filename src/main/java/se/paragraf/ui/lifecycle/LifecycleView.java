package se.paragraf.ui.lifecycle;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import se.paragraf.domain.adjustment.MinutesLifecycle;
import se.paragraf.domain.adjustment.MinutesStatus;
import se.paragraf.ui.Messages;

/**
 * The lifecycle panel of one meeting: where the protocol stands on its legal path, its
 * deadlines and warnings, and the next step as a button; only the lawful next step is enabled.
 */
public final class LifecycleView extends ScrollPane {
    private final LifecycleViewModel viewModel;
    private final HBox steps = new HBox(6);
    private final Button ready = button(Messages.get("lifecycle.ready"), "lifecycle-ready");
    private final Button adjust = button(Messages.get("lifecycle.adjust"), "lifecycle-adjust");
    private final Button post = button(Messages.get("lifecycle.post"), "lifecycle-post");
    private final Button takeDown = button(Messages.get("lifecycle.takeDown"), "lifecycle-take-down");
    private final Button correct = button(Messages.get("lifecycle.correct"), "lifecycle-correct");

    public LifecycleView(LifecycleViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("lifecycle-view");
        setFitToWidth(true);

        Label title = new Label(Messages.get("lifecycle.title"));
        title.getStyleClass().add("title-2");
        Label status = new Label();
        status.setId("lifecycle-status");
        status.getStyleClass().add("title-4");
        status.textProperty().bind(Bindings.createStringBinding(
                () -> Messages.get("lifecycle.statusLine", viewModel.statusProperty().get()), viewModel.statusProperty()));
        Label message = new Label();
        message.setId("lifecycle-message");
        message.setWrapText(true);
        message.getStyleClass().add("danger");
        message.textProperty().bind(viewModel.messageProperty());
        message.visibleProperty().bind(viewModel.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());

        DatePicker date = new DatePicker();
        date.setId("lifecycle-date");
        // ISO dates, as everywhere in Paragraf, whatever the machine's locale.
        date.setConverter(new javafx.util.converter.LocalDateStringConverter(
                java.time.format.DateTimeFormatter.ISO_LOCAL_DATE, java.time.format.DateTimeFormatter.ISO_LOCAL_DATE));
        date.valueProperty().bindBidirectional(viewModel.dateProperty());
        TextField signers = field("lifecycle-signers", Messages.get("lifecycle.signers.prompt"));
        signers.textProperty().bindBidirectional(viewModel.signersProperty());
        TextField keptAt = field("lifecycle-kept-at", Messages.get("lifecycle.keptAt.prompt"));
        keptAt.textProperty().bindBidirectional(viewModel.keptAtProperty());
        TextField correctionParagraph = field("lifecycle-correction-paragraph",
                Messages.get("lifecycle.correction.paragraph"));
        correctionParagraph.setPrefColumnCount(6);
        correctionParagraph.textProperty().bindBidirectional(viewModel.correctionParagraphProperty());
        TextField reason = field("lifecycle-correction-reason", Messages.get("lifecycle.correction.reason"));
        reason.textProperty().bindBidirectional(viewModel.correctionReasonProperty());
        TextField text = field("lifecycle-correction-text", Messages.get("lifecycle.correction.text"));
        text.textProperty().bindBidirectional(viewModel.correctionTextProperty());

        ready.setOnAction(e -> viewModel.markReady());
        adjust.setOnAction(e -> viewModel.adjustOnPaper());
        post.setOnAction(e -> viewModel.post());
        takeDown.setOnAction(e -> viewModel.takeDown());
        correct.setOnAction(e -> viewModel.correct());

        Label proposal = new Label();
        proposal.setId("lifecycle-notice-proposal");
        proposal.setWrapText(true);
        proposal.textProperty().bind(viewModel.noticeProposalProperty());
        proposal.visibleProperty().bind(viewModel.noticeProposalProperty().isNotEmpty());
        proposal.managedProperty().bind(proposal.visibleProperty());

        Label dispatch = new Label();
        dispatch.textProperty().bind(viewModel.dispatchSummaryProperty());

        VBox content = new VBox(10,
                title, steps, status, message,
                section(Messages.get("lifecycle.deadlines"), list(viewModel.deadlines(), "lifecycle-deadline")),
                list(viewModel.warnings(), "lifecycle-warning"),
                row(new Label(Messages.get("lifecycle.date")), date),
                row(ready),
                row(signers, adjust),
                row(keptAt, post),
                proposal,
                row(takeDown),
                section(Messages.get("lifecycle.corrections"), list(viewModel.corrections(), "lifecycle-correction-item")),
                row(correctionParagraph, reason, text, correct),
                section(Messages.get("dispatch.title"), new VBox(4, dispatch, list(viewModel.undelivered(), "dispatch-line"))));
        content.setPadding(new Insets(20, 24, 20, 24));
        setContent(content);
        viewModel.lifecycleProperty().addListener((o, was, now) -> refresh(now));
        refresh(viewModel.lifecycleProperty().get());
    }

    private void refresh(MinutesLifecycle lifecycle) {
        ready.setDisable(!viewModel.canMarkReady());
        adjust.setDisable(!viewModel.canAdjust());
        post.setDisable(!viewModel.canPost());
        takeDown.setDisable(!viewModel.canTakeDown());
        correct.setDisable(!viewModel.canCorrect());
        steps.getChildren().clear();
        for (MinutesStatus s : MinutesStatus.values()) {
            Label step = new Label(LifecycleViewModel.statusText(s));
            step.getStyleClass().add("lifecycle-step");
            if (lifecycle != null && lifecycle.status() == s) {
                step.getStyleClass().add("lifecycle-step-current");
            } else if (lifecycle != null && lifecycle.status().compareTo(s) > 0) {
                step.getStyleClass().add("lifecycle-step-done");
            }
            steps.getChildren().add(step);
        }
    }

    private static Button button(String text, String id) {
        Button button = new Button(text);
        button.setId(id);
        button.setDisable(true);
        return button;
    }

    private static TextField field(String id, String prompt) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        HBox.setHgrow(field, Priority.ALWAYS);
        return field;
    }

    private static HBox row(Node... nodes) {
        HBox row = new HBox(8, nodes);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return row;
    }

    private static VBox section(String title, Node content) {
        Label heading = new Label(title);
        heading.getStyleClass().add("title-4");
        return new VBox(4, heading, content);
    }

    /** A column of labels that follows the list. */
    private static VBox list(ObservableList<String> items, String styleClass) {
        VBox box = new VBox(2);
        Runnable fill = () -> box.getChildren().setAll(items.stream().map(text -> {
            Label label = new Label(text);
            label.setWrapText(true);
            label.getStyleClass().add(styleClass);
            return (Node) label;
        }).toList());
        items.addListener((ListChangeListener<String>) change -> fill.run());
        fill.run();
        box.visibleProperty().bind(Bindings.isNotEmpty(items));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }
}
