package se.paragraf.ui.workbench;

import se.paragraf.ui.Nodes;
import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseDragEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.textfield.TextFields;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;
import se.paragraf.ui.Messages;

/**
 * The föredragningslista: the items in order, moved by dragging or Alt+↑/↓, removed with
 * Delete, numbered with Ctrl+Skift+N; below it the fields for a new item (case number with
 * completion from the archive's known matters).
 */
public final class AgendaView extends VBox {
    private final AgendaViewModel viewModel;
    private final ListView<AgendaRow> list = new ListView<>();
    private final TextField caseField = new TextField();
    private final TextField titleField = new TextField();
    private final TextField proposalField = new TextField();
    private final Label error = new Label();
    private final HBox actions;
    private final VBox form;
    private int dragged = -1;

    public AgendaView(AgendaViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("agenda-view");
        setSpacing(8);
        Label heading = new Label(Messages.get("agenda.title"));
        heading.getStyleClass().add("title-4");

        list.setId("agenda-list");
        list.getStyleClass().add("agenda-list");
        list.setItems(viewModel.rows());
        list.setCellFactory(l -> new AgendaCell());
        Label empty = new Label(Messages.get("agenda.empty"));
        empty.setWrapText(true);
        empty.getStyleClass().addAll("text-muted", "agenda-placeholder");
        list.setPlaceholder(empty);
        VBox.setVgrow(list, Priority.ALWAYS);
        list.getSelectionModel().selectedIndexProperty().addListener((o, before, index) -> {
            if (!viewModel.updatingRows() && index.intValue() >= 0
                    && index.intValue() != viewModel.selectedIndexProperty().get()) {
                viewModel.select(index.intValue());
            }
        });
        viewModel.selectedIndexProperty().addListener((o, before, index) -> follow(index.intValue()));
        viewModel.rows().addListener((ListChangeListener<AgendaRow>) change -> follow(viewModel.selectedIndexProperty().get()));
        list.addEventFilter(KeyEvent.KEY_PRESSED, this::onListKey);
        // A click on the selected item opens its § again, e.g. after another § was picked above the editor.
        list.setOnMouseClicked(event -> {
            int index = list.getSelectionModel().getSelectedIndex();
            if (index >= 0) {
                viewModel.select(index);
            }
        });

        Button number = button("agenda-number", Messages.get("agenda.number"), Material2OutlinedAL.FORMAT_LIST_NUMBERED,
                WorkbenchShortcut.AGENDA_NUMBER);
        number.setOnAction(e -> viewModel.number());
        Button remove = button("agenda-remove", Messages.get("agenda.remove"), Material2OutlinedAL.DELETE,
                WorkbenchShortcut.AGENDA_REMOVE);
        remove.setOnAction(e -> viewModel.removeSelected());
        remove.disableProperty().bind(viewModel.selectedIndexProperty().lessThan(0));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        actions = new HBox(6, number, gap, remove);
        actions.setAlignment(Pos.CENTER_LEFT);
        form = newItemForm();
        getChildren().addAll(heading, list, actions, form);
    }

    private VBox newItemForm() {
        Label heading = new Label(Messages.get("agenda.newItem"));
        heading.getStyleClass().add("text-bold");
        caseField.setId("agenda-case");
        caseField.setPromptText(Messages.get("agenda.case.prompt"));
        titleField.setId("agenda-item-title");
        titleField.setPromptText(Messages.get("agenda.itemTitle.prompt"));
        proposalField.setId("agenda-proposal");
        proposalField.setPromptText(Messages.get("agenda.proposal.prompt"));
        TextFields.bindAutoCompletion(caseField, request -> viewModel.knownCaseNumbers().stream()
                .filter(c -> c.toUpperCase(Locale.ROOT).startsWith(request.getUserText().strip().toUpperCase(Locale.ROOT)))
                .filter(c -> !request.getUserText().isBlank()).limit(12).toList());
        caseField.focusedProperty().addListener((o, was, focused) -> {
            if (!focused && titleField.getText().isBlank()) {
                viewModel.titleOf(caseField.getText()).ifPresent(titleField::setText);
            }
        });
        caseField.setOnAction(e -> titleField.requestFocus());
        titleField.setOnAction(e -> proposalField.requestFocus());
        proposalField.setOnAction(e -> addMatter());
        error.setId("agenda-error");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        Button matter = new Button(Messages.get("agenda.addMatter"), new FontIcon(Material2OutlinedAL.ADD));
        matter.setId("agenda-add-matter");
        matter.setOnAction(e -> addMatter());
        matter.setDefaultButton(false);
        Button information = new Button(Messages.get("agenda.addInformation"), new FontIcon(Material2OutlinedAL.ADD));
        information.setId("agenda-add-information");
        information.setOnAction(e -> addInformation());
        HBox buttons = new HBox(6, matter, information);
        VBox form = new VBox(6, heading, caseField, titleField, proposalField, error, buttons);
        form.getStyleClass().add("agenda-form");
        return form;
    }

    /** Ctrl+Skift+L: the keyboard goes to the new item's case number. */
    public void focusNewItem() {
        caseField.requestFocus();
    }

    public void focusList() {
        list.requestFocus();
    }

    private void addMatter() {
        viewModel.addMatter(caseField.getText(), titleField.getText(), proposalField.getText())
                .ifPresentOrElse(error::setText, this::cleared);
    }

    private void addInformation() {
        viewModel.addInformation(titleField.getText()).ifPresentOrElse(error::setText, this::cleared);
    }

    private void cleared() {
        error.setText("");
        caseField.clear();
        titleField.clear();
        proposalField.clear();
        caseField.requestFocus();
    }

    private void onListKey(KeyEvent event) {
        if (WorkbenchShortcut.AGENDA_MOVE_UP.matches(event)) {
            viewModel.moveSelectedUp();
        } else if (WorkbenchShortcut.AGENDA_MOVE_DOWN.matches(event)) {
            viewModel.moveSelectedDown();
        } else if (WorkbenchShortcut.AGENDA_REMOVE.matches(event)) {
            viewModel.removeSelected();
        } else {
            return;
        }
        event.consume();
    }

    private void follow(int index) {
        if (index < 0) {
            list.getSelectionModel().clearSelection();
        } else if (list.getSelectionModel().getSelectedIndex() != index) {
            list.getSelectionModel().select(index);
            list.scrollTo(Math.max(0, index - 3));
        }
    }

    /** A justerat protocol's agenda can be read and browsed, not changed. */
    void setReadOnly(boolean readOnly) {
        actions.setDisable(readOnly);
        form.setDisable(readOnly);
    }

    private static Button button(String id, String text, org.kordamp.ikonli.Ikon icon, WorkbenchShortcut shortcut) {
        Button button = new Button(text, new FontIcon(icon));
        button.setId(id);
        button.setTooltip(new Tooltip(shortcut.description() + " (" + shortcut.display() + ")"));
        return button;
    }

    /**
     * "§ 12" in a fixed column, the title and the case number. Dragged with the mouse as a
     * press-drag-release gesture (not the system's drag and drop): a move within one list needs
     * no clipboard, and it behaves the same on every platform.
     */
    private final class AgendaCell extends ListCell<AgendaRow> {
        private final Label number = new Label();
        private final Label title = new Label();
        private final Label caseNumber = new Label();
        private final HBox layout;

        AgendaCell() {
            number.getStyleClass().add("agenda-number");
            number.setMinWidth(40);
            title.setWrapText(true);
            title.setMinWidth(0);
            caseNumber.getStyleClass().add("text-muted");
            FontIcon handle = new FontIcon(Material2OutlinedMZ.REORDER);
            handle.getStyleClass().add("drag-handle");
            VBox text = new VBox(1, title, caseNumber);
            text.setAlignment(Pos.CENTER_LEFT);
            HBox.setHgrow(text, Priority.ALWAYS);
            text.setMinWidth(0);
            layout = new HBox(8, number, text, handle);
            layout.setAlignment(Pos.CENTER_LEFT);
            setPrefWidth(0);
            // Cell padding, the § column, the drag handle and the gaps: the title wraps in what is left.
            title.prefWidthProperty().bind(widthProperty().subtract(100));
            setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
            setOnDragDetected(event -> {
                if (!isEmpty()) {
                    dragged = getIndex();
                    startFullDrag();
                }
            });
            addEventHandler(MouseDragEvent.MOUSE_DRAG_ENTERED, e -> pseudoClassStateChanged(DROP, dragged >= 0));
            addEventHandler(MouseDragEvent.MOUSE_DRAG_EXITED, e -> pseudoClassStateChanged(DROP, false));
            addEventHandler(MouseDragEvent.MOUSE_DRAG_RELEASED, e -> {
                pseudoClassStateChanged(DROP, false);
                int target = isEmpty() ? viewModel.rows().size() - 1 : getIndex();
                int from = dragged;
                dragged = -1;
                if (from >= 0) {
                    viewModel.select(from);
                    viewModel.move(from, target);
                }
                e.consume();
            });
        }

        @Override
        protected void updateItem(AgendaRow item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            number.setText(item.number());
            title.setText(item.title());
            caseNumber.setText(item.caseNumber());
            Nodes.show(caseNumber, !item.caseNumber().isEmpty());
            pseudoClassStateChanged(INFORMATION, item.information());
            setGraphic(layout);
        }
    }

    private static final javafx.css.PseudoClass DROP = javafx.css.PseudoClass.getPseudoClass("drop-target");
    private static final javafx.css.PseudoClass INFORMATION = javafx.css.PseudoClass.getPseudoClass("information");
}
