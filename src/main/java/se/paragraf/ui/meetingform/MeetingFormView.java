package se.paragraf.ui.meetingform;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.textfield.TextFields;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;
import se.paragraf.domain.board.Board;
import se.paragraf.domain.meeting.AttendanceKind;
import se.paragraf.domain.meeting.Movement;
import se.paragraf.ui.DisplayConverter;
import se.paragraf.ui.Messages;
import se.paragraf.ui.PageHeader;
import se.paragraf.ui.shortcuts.KeyBindings;
import se.paragraf.ui.shortcuts.Shortcut;
import se.paragraf.ui.shortcuts.ShortcutRegistry;

/**
 * Sammanträde: the meeting's data on the left, attendance on the right. Each field is stored when
 * it is left or Enter is pressed; Ctrl+Z and Ctrl+Y undo and redo what was stored. Warnings
 * (ControlsFX decorations) appear while typing and never block it.
 */
public final class MeetingFormView extends ScrollPane {
    public static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination REDO = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination REDO_ALTERNATIVE = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    public static final KeyCombination CREATE = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination FILL = new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    public static final KeyCombination REMOVE = new KeyCodeCombination(KeyCode.DELETE);
    public static final KeyCombination BACK = new KeyCodeCombination(KeyCode.ESCAPE);

    private final MeetingFormViewModel viewModel;
    private final ValidationSupport validation = new ValidationSupport();
    private final DatePicker datePicker = new DatePicker();
    private final VBox adjusterFields = new VBox(6);

    public MeetingFormView(MeetingFormViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().addAll("page", "meeting-form", "edge-to-edge");
        setFitToWidth(true);
        Label status = new Label();
        status.setId("meeting-status");
        status.textProperty().bind(viewModel.statusProperty());
        status.getStyleClass().add("form-status");
        status.setWrapText(true);
        VBox left = new VBox(16, meetingSection(), officersSection());
        VBox right = new VBox(16, attendanceSection(), othersSection(), changesSection());
        right.visibleProperty().bind(viewModel.createdProperty());
        right.managedProperty().bind(right.visibleProperty());
        Node officers = left.getChildren().get(1);
        officers.visibleProperty().bind(viewModel.createdProperty());
        officers.managedProperty().bind(officers.visibleProperty());
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        left.setPrefWidth(420);
        right.setPrefWidth(520);
        HBox columns = new HBox(24, left, right);
        VBox page = new VBox(16, header(), status, columns);
        page.setPadding(new Insets(20, 24, 20, 24));
        setContent(page);
        KeyBindings.bind(this, UNDO, viewModel::undo);
        KeyBindings.bind(this, REDO, viewModel::redo);
        KeyBindings.bind(this, REDO_ALTERNATIVE, viewModel::redo);
        KeyBindings.bind(this, CREATE, viewModel::create);
        KeyBindings.bind(this, FILL, viewModel::fillFromRoll);
        KeyBindings.bind(this, BACK, viewModel::close);
        viewModel.adjusters().addListener((ListChangeListener<Object>) change -> rebuildAdjusters());
        // Values set by the model (a meeting read, an undo) must re-check the decorations too.
        viewModel.statusProperty().addListener((observable, previous, now) -> validation.revalidate());
    }

    public static void registerShortcuts(ShortcutRegistry registry) {
        String screen = Messages.get("meetingForm.title");
        registry.add(Shortcut.of(screen, CREATE, Messages.get("meetingForm.shortcut.create")));
        registry.add(Shortcut.described(screen, Messages.get("meetingForm.shortcut.commitKeys"),
                Messages.get("meetingForm.shortcut.commit")));
        registry.add(Shortcut.of(screen, UNDO, Messages.get("meetingForm.shortcut.undo")));
        registry.add(Shortcut.described(screen, REDO.getDisplayText() + " / " + REDO_ALTERNATIVE.getDisplayText(),
                Messages.get("meetingForm.shortcut.redo")));
        registry.add(Shortcut.of(screen, FILL, Messages.get("meetingForm.shortcut.fill")));
        registry.add(Shortcut.of(screen, REMOVE, Messages.get("meetingForm.shortcut.remove")));
        registry.add(Shortcut.of(screen, BACK, Messages.get("meetingForm.shortcut.back")));
    }

    /** Puts the keyboard in the first field that needs typing. */
    public void focusFirstField() {
        Platform.runLater(datePicker.getEditor()::requestFocus);
    }

    private HBox header() {
        Button undo = PageHeader.button(Messages.get("meetingForm.undo"), Material2OutlinedMZ.UNDO, UNDO, viewModel::undo);
        undo.disableProperty().bind(viewModel.edits().undoRedo().canUndoProperty().not());
        Button redo = PageHeader.button(Messages.get("meetingForm.redo"), Material2OutlinedMZ.REDO, REDO, viewModel::redo);
        redo.disableProperty().bind(viewModel.edits().undoRedo().canRedoProperty().not());
        Button back = PageHeader.button(Messages.get("meetingForm.back"), Material2OutlinedAL.ARROW_BACK, BACK, viewModel::close);
        return PageHeader.of(Messages.get("meetingForm.title"), Messages.get("meetingForm.subtitle"), undo, redo, back);
    }

    private VBox meetingSection() {
        ComboBox<Board> board = new ComboBox<>(viewModel.boards());
        board.setId("meeting-board");
        board.setConverter(DisplayConverter.of(Board::name));
        board.valueProperty().bindBidirectional(viewModel.boardProperty());
        board.disableProperty().bind(viewModel.createdProperty());
        board.setMaxWidth(Double.MAX_VALUE);
        datePicker.setId("meeting-date");
        datePicker.valueProperty().bindBidirectional(viewModel.dateProperty());
        datePicker.valueProperty().addListener((observable, previous, now) -> viewModel.commitMeeting());
        TextField start = committing(new TextField(), "meeting-start", viewModel.startProperty(), viewModel::commitMeeting);
        TextField end = committing(new TextField(), "meeting-end", viewModel.endProperty(), viewModel::commitMeeting);
        start.setPromptText("09:00");
        end.setPromptText("12:00");
        start.setPrefColumnCount(5);
        end.setPrefColumnCount(5);
        warn(start, viewModel::timeProblem);
        warn(end, viewModel::timeProblem);
        TextField place = committing(new TextField(), "meeting-place", viewModel.placeProperty(), viewModel::commitMeeting);
        place.setPromptText(Messages.get("meetingForm.placePrompt"));
        TextField minutesCase = committing(new TextField(), "meeting-case", viewModel.minutesCaseProperty(),
                viewModel::commitMeeting);
        minutesCase.setPromptText("25RS1");
        warn(minutesCase, viewModel::minutesCaseProblem);
        Button create = new Button(Messages.get("meetingForm.create"), new FontIcon(Material2OutlinedAL.ADD));
        create.setId("meeting-create");
        create.setOnAction(event -> viewModel.create());
        create.getStyleClass().add("accent");
        create.visibleProperty().bind(viewModel.createdProperty().not());
        create.managedProperty().bind(create.visibleProperty());
        HBox times = new HBox(8, start, new Label("–"), end);
        times.setAlignment(Pos.CENTER_LEFT);
        GridPane grid = form();
        row(grid, 0, Messages.get("meetingForm.board"), board);
        row(grid, 1, Messages.get("meetingForm.date"), datePicker);
        row(grid, 2, Messages.get("meetingForm.time"), times);
        row(grid, 3, Messages.get("meetingForm.place"), place);
        row(grid, 4, Messages.get("meetingForm.minutesCase"), minutesCase);
        return section(Messages.get("meetingForm.section.meeting"), grid, create);
    }

    private VBox officersSection() {
        TextField chair = names(committing(new TextField(), "meeting-chair", viewModel.chairProperty(), viewModel::commitOfficers));
        warn(chair, () -> viewModel.nameProblem(chair.getText()));
        TextField secretary = committing(new TextField(), "meeting-secretary", viewModel.secretaryProperty(),
                viewModel::commitOfficers);
        TextField place = committing(new TextField(), "meeting-adjustment-place", viewModel.adjustmentPlaceProperty(),
                viewModel::commitOfficers);
        TextField time = committing(new TextField(), "meeting-adjustment-time", viewModel.adjustmentTimeProperty(),
                viewModel::commitOfficers);
        time.setPromptText(Messages.get("meetingForm.adjustmentTimePrompt"));
        warn(time, viewModel::adjustmentTimeProblem);
        GridPane grid = form();
        row(grid, 0, Messages.get("meetingForm.chair"), chair);
        row(grid, 1, Messages.get("meetingForm.secretary"), secretary);
        row(grid, 2, Messages.get("meetingForm.adjusters"), adjusterFields);
        row(grid, 3, Messages.get("meetingForm.adjustmentPlace"), place);
        row(grid, 4, Messages.get("meetingForm.adjustmentTime"), time);
        return section(Messages.get("meetingForm.section.officers"), grid);
    }

    private void rebuildAdjusters() {
        adjusterFields.getChildren().clear();
        for (int i = 0; i < viewModel.adjusters().size(); i++) {
            int index = i;
            TextField field = names(committing(new TextField(), "meeting-adjuster-" + (i + 1), viewModel.adjusters().get(i),
                    viewModel::commitOfficers));
            field.setPromptText(Messages.get("meetingForm.adjusterPrompt", i + 1));
            warn(field, () -> viewModel.adjusterProblem(index).or(() -> index == viewModel.adjusters().size() - 1
                    ? viewModel.adjusterCountProblem() : Optional.empty()));
            adjusterFields.getChildren().add(field);
        }
    }

    private VBox attendanceSection() {
        TextField name = names(new TextField());
        name.setId("attendee-name");
        name.setPromptText(Messages.get("meetingForm.namePrompt"));
        ComboBox<AttendanceKind> kind = new ComboBox<>(FXCollections.observableArrayList(AttendanceKind.values()));
        kind.setId("attendee-kind");
        kind.setConverter(DisplayConverter.of(AttendanceKind::swedishName));
        kind.setValue(AttendanceKind.SERVING);
        TextField replaces = names(new TextField());
        replaces.setId("attendee-replaces");
        replaces.setPromptText(Messages.get("meetingForm.replacesPrompt"));
        replaces.disableProperty().bind(kind.valueProperty().isNotEqualTo(AttendanceKind.SERVING_SUBSTITUTE));
        warn(replaces, () -> viewModel.replacementProblem(replaces.getText()));
        Runnable add = () -> {
            if (viewModel.addAttendee(name.getText(), kind.getValue(), replaces.getText())) {
                name.clear();
                replaces.clear();
                name.requestFocus();
            }
        };
        Button addButton = addButton("attendee-add", add);
        name.setOnAction(event -> add.run());
        replaces.setOnAction(event -> add.run());
        Button fill = new Button(Messages.get("meetingForm.fill"), new FontIcon(Material2OutlinedAL.GROUP_ADD));
        fill.setId("attendance-fill");
        fill.setOnAction(event -> viewModel.fillFromRoll());
        ListView<Object> list = list("attendee-list", viewModel.attendees(), Messages.get("meetingForm.noAttendees"),
                index -> viewModel.removeAttendee(viewModel.attendees().get(index)));
        list.setPrefHeight(200);
        Label findings = new Label();
        findings.setId("attendance-findings");
        findings.getStyleClass().add("form-warning");
        findings.setWrapText(true);
        findings.textProperty().bind(Bindings.createStringBinding(() -> String.join("\n", viewModel.findings()),
                viewModel.findings()));
        findings.visibleProperty().bind(Bindings.isNotEmpty(viewModel.findings()));
        findings.managedProperty().bind(findings.visibleProperty());
        HBox first = line(name, kind);
        HBox second = line(replaces, addButton, fill);
        return section(Messages.get("meetingForm.section.attendance"), first, second, list, findings);
    }

    private VBox othersSection() {
        TextField name = new TextField();
        name.setId("other-name");
        name.setPromptText(Messages.get("meetingForm.otherNamePrompt"));
        TextField title = new TextField();
        title.setId("other-title");
        title.setPromptText(Messages.get("meetingForm.otherTitlePrompt"));
        name.setPrefColumnCount(12);
        Runnable add = () -> {
            if (viewModel.addOther(name.getText(), title.getText())) {
                name.clear();
                title.clear();
                name.requestFocus();
            }
        };
        name.setOnAction(event -> add.run());
        title.setOnAction(event -> add.run());
        ListView<Object> list = list("other-list", viewModel.others(), Messages.get("meetingForm.noOthers"),
                viewModel::removeOther);
        HBox line = line(name, title, addButton("other-add", add));
        HBox.setHgrow(name, Priority.SOMETIMES);
        return section(Messages.get("meetingForm.section.others"), line, list);
    }

    private VBox changesSection() {
        TextField name = names(new TextField());
        name.setId("change-name");
        name.setPromptText(Messages.get("meetingForm.namePrompt"));
        ComboBox<Movement> movement = new ComboBox<>(FXCollections.observableArrayList(Movement.values()));
        movement.setId("change-movement");
        movement.setConverter(DisplayConverter.of(m -> m == Movement.ARRIVES_FROM
                ? Messages.get("meetingForm.arrives") : Messages.get("meetingForm.leaves")));
        movement.setValue(Movement.ARRIVES_FROM);
        TextField paragraph = new TextField();
        paragraph.setId("change-paragraph");
        paragraph.setPromptText("§");
        paragraph.setPrefColumnCount(4);
        TextField replaces = names(new TextField());
        replaces.setId("change-replaces");
        replaces.setPromptText(Messages.get("meetingForm.changeReplacesPrompt"));
        replaces.disableProperty().bind(movement.valueProperty().isNotEqualTo(Movement.ARRIVES_FROM));
        Runnable add = () -> {
            if (viewModel.addChange(name.getText(), movement.getValue(), paragraph.getText(), replaces.getText())) {
                name.clear();
                paragraph.clear();
                replaces.clear();
                name.requestFocus();
            }
        };
        paragraph.setOnAction(event -> add.run());
        replaces.setOnAction(event -> add.run());
        ListView<Object> list = list("change-list", viewModel.changes(), Messages.get("meetingForm.noChanges"),
                viewModel::removeChange);
        return section(Messages.get("meetingForm.section.changes"), line(name, movement, paragraph),
                line(replaces, addButton("change-add", add)), list);
    }

    // --- Building blocks -----------------------------------------------------------------------

    private static TextField committing(TextField field, String id, javafx.beans.property.StringProperty value,
                                        Runnable commit) {
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        field.setOnAction(event -> commit.run());
        field.focusedProperty().addListener((observable, was, focused) -> {
            if (!focused) {
                commit.run();
            }
        });
        return field;
    }

    /** Completes names from the board's roll and the attendance list, matching anywhere in the name. */
    private TextField names(TextField field) {
        TextFields.bindAutoCompletion(field, request -> {
            String typed = request.getUserText().strip().toLowerCase(Locale.forLanguageTag("sv"));
            if (typed.isEmpty()) {
                return List.of();
            }
            return viewModel.names().stream()
                    .filter(n -> n.toLowerCase(Locale.forLanguageTag("sv")).contains(typed))
                    .filter(n -> !n.equalsIgnoreCase(request.getUserText().strip())).toList();
        });
        return field;
    }

    private void warn(Control control, Supplier<Optional<String>> problem) {
        validation.registerValidator(control, false, (c, value) -> {
            Optional<String> message = problem.get();
            return ValidationResult.fromWarningIf(c, message.orElse(""), message.isPresent());
        });
    }

    private static ListView<Object> list(String id, javafx.collections.ObservableList<?> items, String empty,
                                         java.util.function.IntConsumer remove) {
        ListView<Object> list = new ListView<>();
        list.setId(id);
        @SuppressWarnings("unchecked")
        javafx.collections.ObservableList<Object> objects = (javafx.collections.ObservableList<Object>) items;
        list.setItems(objects);
        Label placeholder = new Label(empty);
        placeholder.setWrapText(true);
        placeholder.getStyleClass().add("text-muted");
        placeholder.setPadding(new Insets(8));
        list.setPlaceholder(placeholder);
        list.setPrefHeight(90);
        list.setOnKeyPressed(event -> {
            if (REMOVE.match(event) && list.getSelectionModel().getSelectedIndex() >= 0) {
                remove.accept(list.getSelectionModel().getSelectedIndex());
                event.consume();
            }
        });
        return list;
    }

    private static Button addButton(String id, Runnable add) {
        Button button = new Button(Messages.get("meetingForm.add"), new FontIcon(Material2OutlinedAL.ADD));
        button.setId(id);
        button.setMinWidth(Button.USE_PREF_SIZE);
        button.setOnAction(event -> add.run());
        return button;
    }

    private static HBox line(Node... nodes) {
        HBox line = new HBox(8, nodes);
        line.setAlignment(Pos.CENTER_LEFT);
        for (Node node : nodes) {
            if (node instanceof TextField) {
                HBox.setHgrow(node, Priority.ALWAYS);
            }
        }
        return line;
    }

    /** Both forms of the left column share the label width, so their fields line up. */
    private static GridPane form() {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        labels.setMinWidth(130);
        grid.getColumnConstraints().add(labels);
        return grid;
    }

    private static void row(GridPane grid, int row, String label, Node field) {
        Label text = new Label(label);
        text.setMinWidth(Label.USE_PREF_SIZE);
        if (field instanceof VBox) {
            // Beside a column of fields, the label lines up with the first.
            GridPane.setValignment(text, javafx.geometry.VPos.TOP);
            text.setPadding(new Insets(7, 0, 0, 0));
        }
        grid.addRow(row, text, field);
        GridPane.setHgrow(field, Priority.ALWAYS);
        if (field instanceof Control control) {
            control.setMaxWidth(Double.MAX_VALUE);
        }
    }

    private static VBox section(String title, Node... content) {
        Label heading = new Label(title);
        heading.getStyleClass().add("title-4");
        VBox section = new VBox(8, heading);
        section.getChildren().addAll(content);
        section.getStyleClass().add("form-section");
        return section;
    }
}
