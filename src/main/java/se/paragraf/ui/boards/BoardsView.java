package se.paragraf.ui.boards;

import java.util.Arrays;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.ValidationResult;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;
import se.paragraf.domain.board.Board;
import se.paragraf.domain.board.BoardKind;
import se.paragraf.domain.board.MembershipRole;
import se.paragraf.domain.board.Term;
import se.paragraf.ui.DisplayConverter;
import se.paragraf.ui.Messages;
import se.paragraf.ui.TextColumns;
import se.paragraf.ui.PageHeader;
import se.paragraf.ui.shortcuts.KeyBindings;
import se.paragraf.ui.shortcuts.Shortcut;
import se.paragraf.ui.shortcuts.ShortcutRegistry;

/**
 * Nämnder och ledamöter: the boards on the left, the selected board's settings and its roll for
 * a term on the right. Ersättare are reordered with Alt+Up/Down or by dragging their row.
 */
public final class BoardsView extends VBox {
    public static final KeyCombination SAVE_BOARD = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination NEW_BOARD = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    public static final KeyCombination NEW_MEETING = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination PHRASES = new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    public static final KeyCombination MOVE_UP = new KeyCodeCombination(KeyCode.UP, KeyCombination.ALT_DOWN);
    public static final KeyCombination MOVE_DOWN = new KeyCodeCombination(KeyCode.DOWN, KeyCombination.ALT_DOWN);
    public static final KeyCombination REMOVE = new KeyCodeCombination(KeyCode.DELETE);
    public static final KeyCombination BACK = new KeyCodeCombination(KeyCode.ESCAPE);

    private final BoardsViewModel viewModel;
    private final RollViewModel roll;
    private final ListView<BoardRow> boardList = new ListView<>();
    private final TableView<MemberRow> memberTable = new TableView<>();
    private final TextField nameField = new TextField();
    private final TextField memberName = new TextField();

    public BoardsView(BoardsViewModel viewModel) {
        this.viewModel = viewModel;
        this.roll = viewModel.roll();
        getStyleClass().addAll("page", "boards-view");
        setSpacing(12);
        setPadding(new Insets(20, 24, 20, 24));
        Label status = new Label();
        status.textProperty().bind(viewModel.statusProperty());
        status.getStyleClass().add("form-status");
        status.setWrapText(true);
        HBox body = new HBox(16, boardList(), details());
        VBox.setVgrow(body, Priority.ALWAYS);
        Button newMeeting = PageHeader.button(Messages.get("boards.newMeeting"), Material2OutlinedAL.EVENT, NEW_MEETING,
                viewModel::newMeeting);
        Button phrases = PageHeader.button(Messages.get("boards.phrases"), Material2OutlinedMZ.SHORT_TEXT, PHRASES,
                viewModel::openPhrases);
        newMeeting.disableProperty().bind(viewModel.selectedProperty().isNull());
        phrases.disableProperty().bind(viewModel.selectedProperty().isNull());
        getChildren().addAll(PageHeader.of(Messages.get("boards.title"), Messages.get("boards.subtitle"),
                PageHeader.button(Messages.get("boards.newBoard"), Material2OutlinedAL.ADD, NEW_BOARD, this::newBoard),
                newMeeting, phrases,
                PageHeader.button(Messages.get("boards.back"), Material2OutlinedAL.ARROW_BACK, BACK, viewModel::close)),
                body, status);
        KeyBindings.bind(this, SAVE_BOARD, viewModel::saveBoard);
        KeyBindings.bind(this, NEW_BOARD, this::newBoard);
        KeyBindings.bind(this, NEW_MEETING, viewModel::newMeeting);
        KeyBindings.bind(this, PHRASES, viewModel::openPhrases);
        KeyBindings.bind(this, BACK, viewModel::close);
    }

    public static void registerShortcuts(ShortcutRegistry registry) {
        String screen = Messages.get("boards.title");
        registry.add(Shortcut.of(screen, NEW_BOARD, Messages.get("boards.shortcut.newBoard")));
        registry.add(Shortcut.of(screen, SAVE_BOARD, Messages.get("boards.shortcut.save")));
        registry.add(Shortcut.of(screen, NEW_MEETING, Messages.get("boards.shortcut.newMeeting")));
        registry.add(Shortcut.of(screen, PHRASES, Messages.get("boards.shortcut.phrases")));
        registry.add(Shortcut.described(screen, Messages.get("boards.shortcut.addKeys"), Messages.get("boards.shortcut.add")));
        registry.add(Shortcut.of(screen, REMOVE, Messages.get("boards.shortcut.remove")));
        registry.add(Shortcut.described(screen, MOVE_UP.getDisplayText() + " / " + MOVE_DOWN.getDisplayText(),
                Messages.get("boards.shortcut.move")));
        registry.add(Shortcut.of(screen, BACK, Messages.get("boards.shortcut.back")));
    }

    private void newBoard() {
        viewModel.newBoard();
        nameField.requestFocus();
    }

    /** Gives the keyboard to the list of boards when the page shows. */
    public void focusList() {
        Platform.runLater(boardList::requestFocus);
    }

    private ListView<BoardRow> boardList() {
        boardList.setId("board-list");
        boardList.setItems(viewModel.boards());
        boardList.setPrefWidth(280);
        boardList.setMinWidth(220);
        boardList.setPlaceholder(hint(Messages.get("boards.empty")));
        boardList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(BoardRow row, boolean empty) {
                super.updateItem(row, empty);
                if (empty || row == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                Label name = new Label(row.board().name());
                Label kind = new Label(row.board().kind().swedishName());
                kind.getStyleClass().add("text-muted");
                HBox line = new HBox(8, name, kind);
                line.setAlignment(Pos.CENTER_LEFT);
                line.setPadding(new Insets(0, 0, 0, row.nested() ? 20 : 0));
                setText(null);
                setGraphic(line);
            }
        });
        boardList.getSelectionModel().selectedItemProperty().addListener((observable, previous, row) -> {
            if (row != null) {
                viewModel.selectedProperty().set(row);
            }
        });
        viewModel.selectedProperty().addListener((observable, previous, row) -> {
            if (row == null) {
                boardList.getSelectionModel().clearSelection();
            } else {
                boardList.getSelectionModel().select(row);
            }
        });
        return boardList;
    }

    private VBox details() {
        HBox rollHeader = rollHeader();
        HBox memberForm = memberForm();
        for (javafx.scene.Node part : java.util.List.of(rollHeader, memberTable, memberForm)) {
            part.disableProperty().bind(roll.hasBoardProperty().not());
        }
        VBox details = new VBox(12, boardForm(), rollHeader, memberTable(), memberForm);
        HBox.setHgrow(details, Priority.ALWAYS);
        return details;
    }

    private GridPane boardForm() {
        nameField.setId("board-name");
        nameField.textProperty().bindBidirectional(viewModel.nameProperty());
        nameField.setPromptText(Messages.get("boards.namePrompt"));
        ComboBox<BoardKind> kind = new ComboBox<>(FXCollections.observableArrayList(BoardKind.values()));
        kind.setId("board-kind");
        kind.setConverter(DisplayConverter.of(BoardKind::swedishName));
        kind.valueProperty().bindBidirectional(viewModel.kindProperty());
        ComboBox<Board> parent = new ComboBox<>(viewModel.parents());
        parent.setId("board-parent");
        parent.setConverter(DisplayConverter.of(Board::name));
        parent.valueProperty().bindBidirectional(viewModel.parentProperty());
        parent.disableProperty().bind(viewModel.kindProperty().isNotEqualTo(BoardKind.COMMITTEE));
        parent.setPromptText(Messages.get("boards.parentPrompt"));
        Spinner<Integer> adjusters = new Spinner<>(1, 5, 1);
        adjusters.setId("board-adjusters");
        adjusters.setPrefWidth(80);
        adjusters.getValueFactory().valueProperty().bindBidirectional(viewModel.adjusterCountProperty());
        Button save = PageHeader.button(Messages.get("boards.save"), Material2OutlinedMZ.SAVE, SAVE_BOARD, viewModel::saveBoard);
        save.setId("board-save");
        save.setDefaultButton(false);
        nameField.setOnAction(event -> viewModel.saveBoard());

        ValidationSupport validation = new ValidationSupport();
        validation.registerValidator(nameField, false, (control, value) ->
                ValidationResult.fromErrorIf(control, viewModel.nameProblem().orElse(""), viewModel.nameProblem().isPresent()));
        validation.registerValidator(parent, false, (control, value) ->
                ValidationResult.fromWarningIf(control, viewModel.parentProblem().orElse(""), viewModel.parentProblem().isPresent()));
        viewModel.kindProperty().addListener((observable, previous, now) -> validation.revalidate());

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label(Messages.get("boards.name")), nameField, new Label(Messages.get("boards.kind")), kind);
        grid.addRow(1, new Label(Messages.get("boards.parent")), parent, new Label(Messages.get("boards.adjusters")),
                new HBox(10, adjusters, save));
        GridPane.setHgrow(nameField, Priority.ALWAYS);
        nameField.setMaxWidth(Double.MAX_VALUE);
        parent.setMaxWidth(Double.MAX_VALUE);
        return grid;
    }

    private HBox rollHeader() {
        Label heading = new Label(Messages.get("boards.members"));
        heading.getStyleClass().add("title-4");
        ComboBox<Term> term = new ComboBox<>(roll.terms());
        term.setId("board-term");
        term.setConverter(DisplayConverter.of(TermChoice::label));
        term.valueProperty().bindBidirectional(roll.termProperty());
        HBox header = new HBox(10, heading, new Label(Messages.get("boards.term")), term);
        header.setAlignment(Pos.CENTER_LEFT);
        return header;
    }

    private TableView<MemberRow> memberTable() {
        memberTable.setId("member-table");
        memberTable.setItems(roll.members());
        memberTable.setEditable(true);
        memberTable.setPlaceholder(hint(Messages.get("boards.noMembers")));
        memberTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        VBox.setVgrow(memberTable, Priority.ALWAYS);
        TableColumn<MemberRow, String> name = TextColumns.of(Messages.get("boards.column.name"), 220, MemberRow::name);
        TableColumn<MemberRow, String> party = TextColumns.of(Messages.get("boards.column.party"), 80, MemberRow::party);
        TableColumn<MemberRow, MembershipRole> role = new TableColumn<>(Messages.get("boards.column.role"));
        role.setPrefWidth(150);
        role.setCellValueFactory(cell -> new javafx.beans.property.ReadOnlyObjectWrapper<>(cell.getValue().role()));
        role.setCellFactory(ComboBoxTableCell.forTableColumn(DisplayConverter.of(MembershipRole::swedishName), MembershipRole.values()));
        role.setOnEditCommit(event -> roll.changeRole(event.getRowValue(), event.getNewValue()));
        TableColumn<MemberRow, String> order = TextColumns.of(Messages.get("boards.column.order"), 130, MemberRow::order);
        order.getStyleClass().add("number-column");
        memberTable.getColumns().setAll(Arrays.asList(name, party, role, order));
        memberTable.setRowFactory(table -> draggableRow());
        memberTable.setOnKeyPressed(event -> {
            MemberRow selected = memberTable.getSelectionModel().getSelectedItem();
            if (REMOVE.match(event)) {
                roll.remove(selected);
            } else if (MOVE_UP.match(event)) {
                roll.moveSubstitute(selected, -1);
            } else if (MOVE_DOWN.match(event)) {
                roll.moveSubstitute(selected, 1);
            } else {
                return;
            }
            event.consume();
            reselectAfterReload(selected);
        });
        return memberTable;
    }

    /** The moved row is a new object after the roll is read again; select the same person. */
    private void reselectAfterReload(MemberRow moved) {
        if (moved == null) {
            return;
        }
        roll.members().addListener(new javafx.collections.ListChangeListener<>() {
            @Override
            public void onChanged(Change<? extends MemberRow> change) {
                roll.members().removeListener(this);
                roll.members().stream().filter(r -> r.entry().member().id().equals(moved.entry().member().id()))
                        .findFirst().ifPresent(r -> memberTable.getSelectionModel().select(r));
            }
        });
    }

    private TableRow<MemberRow> draggableRow() {
        TableRow<MemberRow> row = new TableRow<>();
        row.setOnDragDetected(event -> {
            if (!row.isEmpty() && row.getItem().substitute()) {
                ClipboardContent content = new ClipboardContent();
                content.putString(Integer.toString(row.getIndex()));
                row.startDragAndDrop(TransferMode.MOVE).setContent(content);
                event.consume();
            }
        });
        row.setOnDragOver(event -> {
            if (event.getGestureSource() != row && event.getDragboard().hasString()
                    && !row.isEmpty() && row.getItem().substitute()) {
                event.acceptTransferModes(TransferMode.MOVE);
            }
            event.consume();
        });
        row.setOnDragDropped(event -> {
            MemberRow dragged = memberTable.getItems().get(Integer.parseInt(event.getDragboard().getString()));
            int target = roll.members().stream().filter(MemberRow::substitute).toList().indexOf(row.getItem());
            roll.moveSubstituteTo(dragged, target);
            event.setDropCompleted(true);
            event.consume();
        });
        return row;
    }

    private HBox memberForm() {
        memberName.setId("member-name");
        memberName.setPromptText(Messages.get("boards.memberNamePrompt"));
        memberName.textProperty().bindBidirectional(roll.memberNameProperty());
        TextField party = new TextField();
        party.setId("member-party");
        party.setPromptText(Messages.get("boards.partyPrompt"));
        party.setPrefColumnCount(5);
        party.textProperty().bindBidirectional(roll.partyProperty());
        ComboBox<MembershipRole> role = new ComboBox<>(FXCollections.observableArrayList(MembershipRole.values()));
        role.setId("member-role");
        role.setConverter(DisplayConverter.of(MembershipRole::swedishName));
        role.valueProperty().bindBidirectional(roll.roleProperty());
        Button add = new Button(Messages.get("boards.addMember"), new org.kordamp.ikonli.javafx.FontIcon(Material2OutlinedAL.ADD));
        add.setId("member-add");
        add.setMinWidth(Button.USE_PREF_SIZE);
        add.setOnAction(event -> addMember());
        memberName.setOnAction(event -> addMember());
        party.setOnAction(event -> addMember());
        HBox.setHgrow(memberName, Priority.ALWAYS);
        HBox form = new HBox(8, memberName, party, role, add);
        form.setAlignment(Pos.CENTER_LEFT);
        return form;
    }

    private void addMember() {
        roll.addMember();
        memberName.requestFocus();
    }

    private static Label hint(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add("text-muted");
        label.setMaxWidth(360);
        label.setPadding(new Insets(12));
        return label;
    }
}
