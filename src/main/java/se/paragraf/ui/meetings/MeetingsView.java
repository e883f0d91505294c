package se.paragraf.ui.meetings;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.scene.layout.VBox;
import java.util.function.Function;
import se.paragraf.ui.ViewLoader;

/** Sammanträden: every board with its meetings in one tree table. */
public final class MeetingsView extends VBox {
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
        tree.setRoot(new TreeItem<>());
        tree.setShowRoot(false);
        viewModel.boards().addListener((ListChangeListener<BoardItem>) change -> rebuild());
        rebuild();
    }

    private void rebuild() {
        tree.getRoot().getChildren().setAll(viewModel.boards().stream().map(MeetingsView::branch).toList());
    }

    private static TreeItem<MeetingsRow> branch(BoardItem board) {
        TreeItem<MeetingsRow> branch = new TreeItem<>(board.board());
        board.meetings().forEach(meeting -> branch.getChildren().add(new TreeItem<>(meeting)));
        branch.setExpanded(true);
        return branch;
    }

    private static void bind(TreeTableColumn<MeetingsRow, String> column, Function<MeetingsRow, String> text) {
        column.setCellValueFactory(cell -> constant(text.apply(cell.getValue().getValue())));
    }

    private static ObservableValue<String> constant(String text) {
        return new ReadOnlyStringWrapper(text).getReadOnlyProperty();
    }

    @FXML
    private void refresh() {
        viewModel.load();
    }
}
