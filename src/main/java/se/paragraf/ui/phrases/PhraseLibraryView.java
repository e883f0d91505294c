package se.paragraf.ui.phrases;

import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;
import se.paragraf.domain.board.Board;
import se.paragraf.domain.phrase.Phrase;
import se.paragraf.domain.phrase.PhraseKind;
import se.paragraf.ui.DisplayConverter;
import se.paragraf.ui.Messages;
import se.paragraf.ui.TextColumns;
import se.paragraf.ui.PageHeader;
import se.paragraf.ui.shortcuts.KeyBindings;
import se.paragraf.ui.shortcuts.Shortcut;
import se.paragraf.ui.shortcuts.ShortcutRegistry;

/** Fraser: a board's standard clauses and formulas in a table, with a form below to add or change one. */
public final class PhraseLibraryView extends VBox {
    public static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination REDO = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination REMOVE = new KeyCodeCombination(KeyCode.DELETE);
    public static final KeyCombination BACK = new KeyCodeCombination(KeyCode.ESCAPE);

    private final PhraseLibraryViewModel viewModel;
    private final TableView<Phrase> table = new TableView<>();

    public PhraseLibraryView(PhraseLibraryViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().addAll("page", "phrase-library");
        setSpacing(12);
        setPadding(new Insets(20, 24, 20, 24));
        ComboBox<Board> board = new ComboBox<>(viewModel.boards());
        board.setId("phrase-board");
        board.setConverter(DisplayConverter.of(Board::name));
        board.valueProperty().bindBidirectional(viewModel.boardProperty());
        Button undo = PageHeader.button(Messages.get("phrases.undo"), Material2OutlinedMZ.UNDO, UNDO, viewModel::undo);
        undo.disableProperty().bind(viewModel.edits().undoRedo().canUndoProperty().not());
        Button redo = PageHeader.button(Messages.get("phrases.redo"), Material2OutlinedMZ.REDO, REDO, viewModel::redo);
        redo.disableProperty().bind(viewModel.edits().undoRedo().canRedoProperty().not());
        Label status = new Label();
        status.textProperty().bind(viewModel.statusProperty());
        status.getStyleClass().add("form-status");
        status.setWrapText(true);
        HBox boardLine = new HBox(10, new Label(Messages.get("phrases.board")), board);
        boardLine.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(PageHeader.of(Messages.get("phrases.title"), Messages.get("phrases.subtitle"), undo, redo,
                        PageHeader.button(Messages.get("phrases.back"), Material2OutlinedAL.ARROW_BACK, BACK, viewModel::close)),
                boardLine, table(), form(), status);
        KeyBindings.bind(this, UNDO, viewModel::undo);
        KeyBindings.bind(this, REDO, viewModel::redo);
        KeyBindings.bind(this, SAVE, viewModel::save);
        KeyBindings.bind(this, BACK, viewModel::close);
    }

    public static void registerShortcuts(ShortcutRegistry registry) {
        String screen = Messages.get("phrases.title");
        registry.add(Shortcut.of(screen, SAVE, Messages.get("phrases.shortcut.save")));
        registry.add(Shortcut.of(screen, REMOVE, Messages.get("phrases.shortcut.remove")));
        registry.add(Shortcut.of(screen, UNDO, Messages.get("phrases.shortcut.undo")));
        registry.add(Shortcut.of(screen, REDO, Messages.get("phrases.shortcut.redo")));
        registry.add(Shortcut.of(screen, BACK, Messages.get("phrases.shortcut.back")));
    }

    private TableView<Phrase> table() {
        table.setId("phrase-table");
        table.setItems(viewModel.phrases());
        Label empty = new Label(Messages.get("phrases.empty"));
        empty.getStyleClass().add("text-muted");
        empty.setWrapText(true);
        table.setPlaceholder(empty);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        VBox.setVgrow(table, Priority.ALWAYS);
        TableColumn<Phrase, String> abbreviation = TextColumns.of(Messages.get("phrases.column.abbreviation"), 110,
                Phrase::abbreviation);
        TableColumn<Phrase, String> kind = TextColumns.of(Messages.get("phrases.column.kind"), 140, p -> kindName(p.kind()));
        TableColumn<Phrase, String> text = TextColumns.of(Messages.get("phrases.column.text"), 500, Phrase::text);
        table.getColumns().setAll(java.util.List.of(abbreviation, kind, text));
        table.getSelectionModel().selectedItemProperty().addListener((observable, previous, phrase) -> viewModel.select(phrase));
        table.setOnKeyPressed(event -> {
            if (REMOVE.match(event)) {
                viewModel.remove(table.getSelectionModel().getSelectedItem());
                event.consume();
            }
        });
        return table;
    }

    private HBox form() {
        TextField abbreviation = new TextField();
        abbreviation.setId("phrase-abbreviation");
        abbreviation.setPromptText(Messages.get("phrases.abbreviationPrompt"));
        abbreviation.setPrefColumnCount(6);
        abbreviation.textProperty().bindBidirectional(viewModel.abbreviationProperty());
        ComboBox<PhraseKind> kind = new ComboBox<>(FXCollections.observableArrayList(PhraseKind.values()));
        kind.setId("phrase-kind");
        kind.setConverter(DisplayConverter.of(PhraseLibraryView::kindName));
        kind.valueProperty().bindBidirectional(viewModel.kindProperty());
        TextField text = new TextField();
        text.setId("phrase-text");
        text.setPromptText(Messages.get("phrases.textPrompt"));
        text.textProperty().bindBidirectional(viewModel.textProperty());
        HBox.setHgrow(text, Priority.ALWAYS);
        Button save = PageHeader.button(Messages.get("phrases.save"), Material2OutlinedMZ.SAVE, SAVE, viewModel::save);
        save.setId("phrase-save");
        text.setOnAction(event -> viewModel.save());
        ValidationSupport validation = new ValidationSupport();
        validation.registerValidator(text, false, (control, value) -> {
            String problem = text.getText().isBlank() && abbreviation.getText().isBlank() ? null
                    : viewModel.problem().orElse(null);
            return ValidationResult.fromWarningIf(control, problem == null ? "" : problem, problem != null);
        });
        viewModel.kindProperty().addListener((observable, previous, now) -> validation.revalidate());
        HBox form = new HBox(8, abbreviation, kind, text, save);
        form.setAlignment(Pos.CENTER_LEFT);
        return form;
    }

    static String kindName(PhraseKind kind) {
        return kind == PhraseKind.FORMULA ? Messages.get("phrases.kind.formula") : Messages.get("phrases.kind.clause");
    }
}
