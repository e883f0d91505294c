package se.paragraf.ui.meetings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.css.PseudoClass;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import se.paragraf.ui.StartupClock;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;
import java.util.function.Function;
import se.paragraf.domain.board.BoardId;
import se.paragraf.domain.meeting.MeetingId;
import se.paragraf.ui.Messages;
import se.paragraf.ui.ViewLoader;
import se.paragraf.ui.shortcuts.KeyBindings;
import se.paragraf.ui.shortcuts.Shortcut;
import se.paragraf.ui.shortcuts.ShortcutRegistry;
import se.paragraf.ui.importing.ImportChooser;

/**
 * Sammanträden: every board with its meetings in one tree table; double-click or Enter opens a
 * meeting. The header imports a protocol file or a whole folder.
 */
public final class MeetingsView extends VBox {
    /** Ctrl+I (Cmd+I on macOS) imports one protocol, from anywhere in the window. */
    public static final KeyCombination IMPORT_SHORTCUT = new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN);

    /** Ctrl+N: a new meeting for the selected board. */
    public static final KeyCombination NEW_MEETING = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);
    /** Ctrl+E: the selected meeting's data and attendance. */
    public static final KeyCombination EDIT_MEETING = new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN);
    /** Ctrl+L: Nämnder och ledamöter. */
    public static final KeyCombination BOARDS = new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN);

    private final MeetingsViewModel viewModel;

    @FXML private TreeTableView<MeetingsRow> tree;
    @FXML private TreeTableColumn<MeetingsRow, String> titleColumn;
    @FXML private TreeTableColumn<MeetingsRow, String> kindColumn;
    @FXML private TreeTableColumn<MeetingsRow, String> timeColumn;
    @FXML private TreeTableColumn<MeetingsRow, String> placeColumn;
    @FXML private TreeTableColumn<MeetingsRow, String> minutesCaseColumn;
    @FXML private TreeTableColumn<MeetingsRow, String> paragraphsColumn;
    @FXML private TreeTableColumn<MeetingsRow, String> paragraphCountColumn;
    @FXML private Label placeholder;
    @FXML private Button refreshButton;
    @FXML private Button importFileButton;
    @FXML private Button newMeetingButton;
    @FXML private Button editMeetingButton;
    @FXML private Button boardsButton;

    public MeetingsView(MeetingsViewModel viewModel) {
        this.viewModel = viewModel;
        ViewLoader.load(this);
    }

    @FXML
    private void initialize() {
        bind(titleColumn, MeetingsRow::title);
        bind(kindColumn, MeetingsRow::kind);
        bind(timeColumn, MeetingsRow::time);
        bind(placeColumn, MeetingsRow::place);
        bind(minutesCaseColumn, MeetingsRow::minutesCase);
        bind(paragraphsColumn, MeetingsRow::paragraphs);
        bind(paragraphCountColumn, MeetingsRow::paragraphCount);
        placeholder.textProperty().bind(viewModel.placeholderProperty());
        refreshButton.disableProperty().bind(viewModel.loadingProperty());
        importFileButton.setTooltip(new Tooltip(Messages.get("meetings.importFileTooltip",
                IMPORT_SHORTCUT.getDisplayText())));
        newMeetingButton.setTooltip(new Tooltip(Messages.get("meetingForm.newButtonTooltip", NEW_MEETING.getDisplayText())));
        editMeetingButton.setTooltip(new Tooltip(Messages.get("meetingForm.editButtonTooltip", EDIT_MEETING.getDisplayText())));
        boardsButton.setTooltip(new Tooltip(Messages.get("boards.openButtonTooltip", BOARDS.getDisplayText())));
        KeyBindings.bind(this, NEW_MEETING, this::newMeeting);
        KeyBindings.bind(this, EDIT_MEETING, this::editMeeting);
        KeyBindings.bind(this, BOARDS, this::openBoards);
        tree.setRoot(new TreeItem<>());
        tree.setShowRoot(false);
        tree.setRowFactory(table -> {
            BoardAwareRow row = new BoardAwareRow();
            row.setOnMouseClicked(event -> {
                if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && !row.isEmpty()) {
                    viewModel.open(row.getItem());
                }
            });
            return row;
        });
        tree.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                openSelected();
                event.consume();
            }
        });
        viewModel.boards().addListener((ListChangeListener<BoardItem>) change -> rebuild());
        rebuild();
    }

    /** Keeps the selected meeting selected, since the rows are rebuilt once their §§ are counted. */
    private void rebuild() {
        Optional<MeetingId> selected = Optional.ofNullable(tree.getSelectionModel().getSelectedItem())
                .flatMap(item -> item.getValue().meeting());
        Map<BoardId, TreeItem<MeetingsRow>> branches = new LinkedHashMap<>();
        viewModel.boards().forEach(board -> branches.put(board.id(), branch(board)));
        List<TreeItem<MeetingsRow>> topLevel = new ArrayList<>();
        for (BoardItem board : viewModel.boards()) {
            TreeItem<MeetingsRow> parent = board.parentBoard().map(branches::get).orElse(null);
            (parent == null ? topLevel : parent.getChildren()).add(branches.get(board.id()));
        }
        tree.getRoot().getChildren().setAll(topLevel);
        selected.ifPresent(this::select);
        if (!topLevel.isEmpty()) {
            StartupClock.meetingsListed(tree);
        }
    }

    private void select(MeetingId meeting) {
        find(tree.getRoot(), meeting).ifPresent(tree.getSelectionModel()::select);
    }

    /** Depth first, since an utskott's meetings sit one level below its board's. */
    private static Optional<TreeItem<MeetingsRow>> find(TreeItem<MeetingsRow> branch, MeetingId meeting) {
        for (TreeItem<MeetingsRow> child : branch.getChildren()) {
            if (child.getValue().meeting().filter(meeting::equals).isPresent()) {
                return Optional.of(child);
            }
            Optional<TreeItem<MeetingsRow>> below = find(child, meeting);
            if (below.isPresent()) {
                return below;
            }
        }
        return Optional.empty();
    }

    /** Gives the keyboard back to the tree, e.g. on return from a meeting, so Enter opens again. */
    public void focusList() {
        Platform.runLater(tree::requestFocus);
    }

    private void openSelected() {
        TreeItem<MeetingsRow> selected = tree.getSelectionModel().getSelectedItem();
        if (selected != null) {
            viewModel.open(selected.getValue());
        }
    }

    private static TreeItem<MeetingsRow> branch(BoardItem board) {
        TreeItem<MeetingsRow> branch = new TreeItem<>(board.board());
        branch.getChildren().setAll(board.meetings().stream().map(TreeItem::new).toList());
        branch.setExpanded(true);
        return branch;
    }

    private static void bind(TreeTableColumn<MeetingsRow, String> column, Function<MeetingsRow, String> text) {
        column.setCellValueFactory(cell -> constant(text.apply(cell.getValue().getValue())));
    }

    private static ObservableValue<String> constant(String text) {
        return new ReadOnlyStringWrapper(text).getReadOnlyProperty();
    }

    /** Board rows carry the {@code :board} pseudo-class so that the stylesheet can set them apart from meetings. */
    private static final class BoardAwareRow extends TreeTableRow<MeetingsRow> {
        private static final PseudoClass BOARD = PseudoClass.getPseudoClass("board");

        @Override
        protected void updateItem(MeetingsRow row, boolean empty) {
            super.updateItem(row, empty);
            pseudoClassStateChanged(BOARD, !empty && row != null && row.board());
        }
    }

    public static void registerShortcuts(ShortcutRegistry registry) {
        String screen = Messages.get("meetings.title");
        registry.add(Shortcut.described(screen, Messages.get("shortcuts.key.enter"), Messages.get("shortcuts.meetings.open")));
        registry.add(Shortcut.of(screen, NEW_MEETING, Messages.get("shortcuts.meetings.newMeeting")));
        registry.add(Shortcut.of(screen, EDIT_MEETING, Messages.get("shortcuts.meetings.editMeeting")));
        registry.add(Shortcut.of(screen, BOARDS, Messages.get("shortcuts.meetings.boards")));
        registry.add(Shortcut.of(screen, IMPORT_SHORTCUT, Messages.get("shortcuts.meetings.import")));
        // The protocol view (ui.meeting) is opened from here; its keys are listed with it.
        String protocol = Messages.get("shortcuts.meetings.protocol");
        registry.add(Shortcut.described(protocol, Messages.get("shortcuts.key.upDown"), Messages.get("shortcuts.meetings.step")));
        registry.add(Shortcut.described(protocol, Messages.get("shortcuts.key.escape"), Messages.get("shortcuts.meetings.back")));
    }

    @FXML
    private void newMeeting() {
        viewModel.newMeeting(selectedBoard());
    }

    @FXML
    private void editMeeting() {
        TreeItem<MeetingsRow> selected = tree.getSelectionModel().getSelectedItem();
        viewModel.edit(selected == null ? null : selected.getValue(), selectedBoard());
    }

    @FXML
    private void openBoards() {
        viewModel.openBoards();
    }

    /** The board of the selected row (the row itself, or the meeting's board); null when nothing is selected. */
    private BoardId selectedBoard() {
        TreeItem<MeetingsRow> selected = tree.getSelectionModel().getSelectedItem();
        if (selected == null) {
            return null;
        }
        MeetingsRow row = selected.getValue();
        return viewModel.boards().stream().filter(b -> b.board() == row || b.meetings().contains(row))
                .map(BoardItem::id).findFirst().orElse(null);
    }

    @FXML
    private void importFile() {
        ImportChooser.protocolFile(getScene().getWindow()).ifPresent(viewModel::importFile);
    }

    @FXML
    private void importFolder() {
        ImportChooser.folder(getScene().getWindow()).ifPresent(viewModel::importFolder);
    }

    @FXML
    private void refresh() {
        viewModel.load();
    }
}
