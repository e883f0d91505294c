package se.paragraf.ui.workbench;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.beans.value.ChangeListener;
import javafx.event.EventHandler;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;
import se.paragraf.ui.Messages;
import se.paragraf.ui.meeting.MeetingView;
import se.paragraf.ui.shortcuts.Shortcut;
import se.paragraf.ui.shortcuts.ShortcutRegistry;

/**
 * The workbench: föredragningslista on the left, the § editor in the middle and, on the right,
 * the side panel with the PDF preview, the assignment suggestions and the goal links
 * ({@link SidePaneView}). Ctrl+Z and Ctrl+Y are the workbench's own, not the text fields'.
 */
public final class WorkbenchView extends VBox {
    private final WorkbenchViewModel viewModel;
    private final AgendaView agenda;
    private final ParagraphEditorView editor;
    private final StackPane sidePane = new StackPane();
    private final SidePaneView sideTabs;
    private final ComboBox<ParagraphChoice> picker = new ComboBox<>();
    private boolean refilling;

    /** {@code back} leaves the workbench for the meeting as read. */
    public WorkbenchView(WorkbenchViewModel viewModel, Runnable back) {
        this.viewModel = viewModel;
        getStyleClass().addAll("page", "workbench-view");
        setSpacing(10);
        setPadding(new Insets(12, 16, 12, 16));

        Button backButton = new Button(Messages.get("editor.back"), new FontIcon(Material2OutlinedAL.ARROW_BACK));
        backButton.getStyleClass().addAll("flat", "back-button");
        backButton.setId("workbench-back");
        backButton.setOnAction(e -> {
            viewModel.close();
            back.run();
        });
        Label title = new Label();
        title.getStyleClass().add("title-3");
        title.setId("workbench-title");
        title.textProperty().bind(viewModel.titleProperty());
        picker.setId("paragraph-picker");
        // Long § titles must not push the way back and the meeting's name out of the bar.
        picker.setPrefWidth(300);
        picker.setMaxWidth(300);
        backButton.setMinWidth(Region.USE_PREF_SIZE);
        title.setMinWidth(Region.USE_PREF_SIZE);
        // A copy, refilled by pickShown: replacing a combo box's items moves its value to whatever
        // now stands at the old index, which must not open another §.
        picker.setPromptText(Messages.get("editor.picker.prompt"));
        picker.setTooltip(new Tooltip(WorkbenchShortcut.PREVIOUS_PARAGRAPH.display() + " / "
                + WorkbenchShortcut.NEXT_PARAGRAPH.display()));
        picker.valueProperty().addListener((o, was, choice) -> {
            if (choice != null && !refilling) {
                viewModel.openParagraph(choice.id());
            }
        });
        viewModel.editor().shownProperty().addListener((o, was, p) -> pickShown());
        // Later, not now: the combo box itself clears its value when its items are replaced.
        viewModel.paragraphs().addListener((javafx.collections.ListChangeListener<ParagraphChoice>) change ->
                Platform.runLater(this::pickShown));
        Label status = new Label();
        status.setId("save-status");
        status.getStyleClass().add("save-status");
        status.setMinWidth(Region.USE_PREF_SIZE);
        status.textProperty().bind(viewModel.session().statusProperty());
        FontIcon saved = new FontIcon(Material2OutlinedMZ.SAVE);
        saved.visibleProperty().bind(status.textProperty().isNotEmpty());
        status.setGraphic(saved);
        Button undo = new Button(null, new FontIcon(Material2OutlinedMZ.UNDO));
        undo.setId("workbench-undo");
        undo.disableProperty().bind(viewModel.session().undoRedo().canUndoProperty().not());
        Tooltip undoTip = new Tooltip();
        undoTip.textProperty().bind(viewModel.session().undoRedo().undoTextProperty().concat(" (" + WorkbenchShortcut.UNDO.display() + ")"));
        undo.setTooltip(undoTip);
        undo.setOnAction(e -> viewModel.undo());
        Button redo = new Button(null, new FontIcon(Material2OutlinedMZ.REDO));
        redo.setId("workbench-redo");
        redo.disableProperty().bind(viewModel.session().undoRedo().canRedoProperty().not());
        Tooltip redoTip = new Tooltip();
        redoTip.textProperty().bind(viewModel.session().undoRedo().redoTextProperty().concat(" (" + WorkbenchShortcut.REDO.display() + ")"));
        redo.setTooltip(redoTip);
        redo.setOnAction(e -> viewModel.redo());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(10, backButton, title, picker, gap, status, undo, redo);
        top.setAlignment(Pos.CENTER_LEFT);

        agenda = new AgendaView(viewModel.agenda());
        agenda.setMinWidth(240);
        agenda.setPadding(new Insets(0, 8, 0, 0));
        editor = new ParagraphEditorView(viewModel.editor(), viewModel.attachments());
        viewModel.editor().readOnlyProperty().addListener((o, was, readOnly) -> agenda.setReadOnly(readOnly));
        sidePane.setId("workbench-side-pane");
        sidePane.getStyleClass().add("workbench-side-pane");
        sidePane.setMinWidth(0);
        sideTabs = new SidePaneView(viewModel.side());
        sidePane.getChildren().add(sideTabs);
        SplitPane split = new SplitPane(agenda, editor, sidePane);
        split.setId("workbench-split");
        // The side pane's forms need about 360 px; the editor keeps the middle, the widest part.
        split.setDividerPositions(0.24, 0.64);
        SplitPane.setResizableWithParent(agenda, false);
        SplitPane.setResizableWithParent(sidePane, false);
        VBox.setVgrow(split, Priority.ALWAYS);
        getChildren().addAll(top, split);
        // On the scene, not on this view: while the workbench is the page its shortcuts work
        // wherever the keyboard is (the navigation, the quick search button), as they should.
        EventHandler<KeyEvent> shortcuts = this::onKey;
        ChangeListener<Node> keepKeyboard = (o, was, now) -> keepKeyboard(was, now);
        sceneProperty().addListener((o, was, now) -> {
            if (was != null) {
                was.removeEventFilter(KeyEvent.KEY_PRESSED, shortcuts);
                was.focusOwnerProperty().removeListener(keepKeyboard);
            }
            if (now != null) {
                now.addEventFilter(KeyEvent.KEY_PRESSED, shortcuts);
                now.focusOwnerProperty().addListener(keepKeyboard);
            }
        });
        // A handler, not a filter: a field's own keys (Ctrl+Enter in an att-sats) go first.
        addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (editor.handle(event)) {
                event.consume();
            }
        });
    }

    /** The agenda's and the editor's shortcuts for the help overlay, from {@link WorkbenchShortcut}. */
    public static void registerShortcuts(ShortcutRegistry registry) {
        registry.add(Shortcut.of(Messages.get("shortcuts.meetings.protocol"), MeetingView.EDIT_SHORTCUT,
                Messages.get("editor.shortcut.open")));
        String agendaScreen = Messages.get("agenda.title");
        String editorScreen = Messages.get("editor.shortcut.screen");
        // The agenda first, as on the screen: it is on the left.
        for (boolean agenda : new boolean[] {true, false}) {
            for (WorkbenchShortcut shortcut : WorkbenchShortcut.values()) {
                if (shortcut.name().startsWith("AGENDA_") == agenda) {
                    registry.add(Shortcut.of(agenda ? agendaScreen : editorScreen, shortcut.keys(), shortcut.description()));
                }
            }
        }
    }

    /** The side panel (the right quarter of the window), holding the {@link SidePaneView} tabs. */
    public StackPane sidePane() {
        return sidePane;
    }

    /** The picker lists the meeting's §§ and names the one in the editor. */
    private void pickShown() {
        refilling = true;
        try {
            if (!picker.getItems().equals(viewModel.paragraphs())) {
                picker.getItems().setAll(viewModel.paragraphs());
            }
            var shown = viewModel.editor().shownProperty().get();
            picker.setValue(shown == null ? null : viewModel.paragraphs().stream().filter(c -> c.id().equals(shown.id()))
                    .findFirst().orElse(null));
        } finally {
            refilling = false;
        }
    }

    /**
     * A focused field that the editor rebuilds leaves the scene, and JavaFX then hands the
     * keyboard to the window's first button; the agenda takes it instead, so typing goes on here.
     */
    private void keepKeyboard(Node was, Node now) {
        if (getScene() != null && was != null && was.getScene() == null && !within(now)) {
            agenda.focusList();
        }
    }

    private boolean within(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == this) {
                return true;
            }
        }
        return false;
    }

    /** Gives the keyboard to the agenda, as the view is shown. */
    public void focusAgenda() {
        Platform.runLater(agenda::focusList);
    }

    private void onKey(KeyEvent event) {
        if (WorkbenchShortcut.UNDO.matches(event)) {
            viewModel.undo();
        } else if (WorkbenchShortcut.REDO.matches(event) || WorkbenchShortcut.REDO_ALTERNATIVE.matches(event)) {
            viewModel.redo();
        } else if (WorkbenchShortcut.SAVE_NOW.matches(event)) {
            viewModel.editor().commitPending();
        } else if (WorkbenchShortcut.AGENDA_NUMBER.matches(event)) {
            viewModel.agenda().number();
        } else if (WorkbenchShortcut.AGENDA_NEW_ITEM.matches(event)) {
            agenda.focusNewItem();
        } else if (WorkbenchShortcut.NEXT_PARAGRAPH.matches(event)) {
            step(1);
        } else if (WorkbenchShortcut.PREVIOUS_PARAGRAPH.matches(event)) {
            step(-1);
        } else if (WorkbenchShortcut.SIDE_PANE_NEXT.matches(event)) {
            viewModel.side().nextTab();
            sideTabs.focusSelected();
        } else {
            return;
        }
        event.consume();
    }

    private void step(int by) {
        int index = picker.getSelectionModel().getSelectedIndex() + by;
        if (index >= 0 && index < picker.getItems().size()) {
            picker.getSelectionModel().select(index);
            editor.focusTitle();
        }
    }
}
