package se.paragraf.ui.meeting;

import se.paragraf.ui.Nodes;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;
import se.paragraf.domain.meeting.MeetingId;
import se.paragraf.ui.ListSelection;
import se.paragraf.ui.Messages;
import se.paragraf.ui.ViewLoader;
import se.paragraf.ui.preview.MinutesPreview;

/**
 * A meeting read as its protocol: the §§ on the left, the selected § on the right in the
 * protocol's own layout, its text selectable for copying. Up and Down step through the §§,
 * Escape goes back to the list.
 */
public final class MeetingView extends VBox {
    /** Ctrl+E: edit the meeting (agenda and §§) in the workbench. */
    public static final KeyCombination EDIT_SHORTCUT = new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN);

    private final MeetingViewModel viewModel;
    private final Runnable back;
    private final MinutesPreview preview;
    private final Runnable edit;

    @FXML private Button backButton;
    @FXML private Label boardLabel;
    @FXML private Label factsLabel;
    @FXML private Button copyButton;
    @FXML private Button lifecycleButton;
    @FXML private Button editButton;
    @FXML private SplitPane split;
    @FXML private ListView<ParagraphItem> paragraphList;
    @FXML private Label placeholder;
    @FXML private ScrollPane pageScroll;
    @FXML private VBox protocolPage;
    @FXML private ToggleButton previewToggle;

    /** {@code preview} is shown beside the § on demand; {@code back} returns to the Sammanträden list. */
    public MeetingView(MeetingViewModel viewModel, MinutesPreview preview, Runnable back) {
        this(viewModel, preview, back, () -> { });
    }

    /** {@code edit} opens the meeting in the workbench (agenda and § editor). */
    public MeetingView(MeetingViewModel viewModel, MinutesPreview preview, Runnable back, Runnable edit) {
        this.viewModel = viewModel;
        this.back = back;
        this.preview = preview;
        this.edit = edit;
        ViewLoader.load(this);
    }

    @FXML
    private void initialize() {
        boardLabel.textProperty().bind(viewModel.boardProperty());
        factsLabel.textProperty().bind(viewModel.factsProperty());
        placeholder.textProperty().bind(viewModel.placeholderProperty());
        copyButton.disableProperty().bind(viewModel.selectedIndexProperty().lessThan(0));
        lifecycleButton.disableProperty().bind(viewModel.meetingProperty().isNull());
        editButton.disableProperty().bind(viewModel.meetingProperty().isNull());
        editButton.setTooltip(new Tooltip(EDIT_SHORTCUT.getDisplayText()));
        split.setDividerPositions(0.32);
        SplitPane.setResizableWithParent(paragraphList, false);

        paragraphList.setItems(viewModel.paragraphs());
        paragraphList.setCellFactory(list -> new ParagraphCell());
        paragraphList.getSelectionModel().selectedIndexProperty().addListener((observable, previous, index) -> {
            if (index.intValue() >= 0 && index.intValue() != viewModel.selectedIndexProperty().get()) {
                viewModel.select(index.intValue());
            }
        });
        viewModel.selectedIndexProperty().addListener((observable, previous, index) -> showSelection(index.intValue()));
        viewModel.pageProperty().addListener((observable, previous, page) -> render(page));
        showSelection(viewModel.selectedIndexProperty().get());
        render(viewModel.pageProperty().get());
        addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        viewModel.meetingProperty().addListener((observable, previous, id) -> {
            if (id != null && previewToggle.isSelected()) {
                preview.show(id);
            }
        });
        // The paragraphs arrive after the view is shown; a click that opened it may have taken the
        // focus meanwhile, so the keyboard is given to the list again once they are there.
        viewModel.paragraphs().addListener((ListChangeListener<ParagraphItem>) change -> {
            if (getScene() != null && !isFocusWithin()) {
                focusList();
            }
        });
    }

    /** Gives the keyboard to the list, so Up, Down and Escape work as soon as the view shows. */
    public void focusList() {
        Platform.runLater(() -> {
            if (!isFocusWithin()) {
                paragraphList.requestFocus();
            }
        });
    }

    private void onKey(KeyEvent event) {
        if (EDIT_SHORTCUT.match(event) && viewModel.meetingProperty().get() != null) {
            event.consume();
            edit.run();
            return;
        }
        if (event.isShortcutDown() || event.isShiftDown() || event.isAltDown()) {
            return;
        }
        switch (event.getCode()) {
            case UP -> viewModel.selectPrevious();
            case DOWN -> viewModel.selectNext();
            case ESCAPE -> back.run();
            default -> {
                return;
            }
        }
        event.consume();
    }

    private void showSelection(int index) {
        ListSelection.follow(paragraphList, index);
    }

    private void render(ProtocolPage page) {
        protocolPage.getChildren().setAll(ProtocolNodes.of(page));
        pageScroll.setVvalue(0);
    }

    /** The printed minutes as a third pane, rendered only while shown. */
    @FXML
    private void togglePreview() {
        if (previewToggle.isSelected()) {
            split.getItems().add(preview);
            split.setDividerPositions(0.24, 0.56);
            MeetingId id = viewModel.meetingProperty().get();
            if (id != null) {
                preview.show(id);
            }
        } else {
            split.getItems().remove(preview);
            split.setDividerPositions(0.32);
        }
    }

    /** Whether the preview pane is shown; for the window tests. */
    public boolean previewShown() {
        return split.getItems().contains(preview);
    }

    @FXML
    private void back() {
        back.run();
    }

    /** The lifecycle panel in a window of its own, styled like the main window. */
    @FXML
    private void openLifecycle() {
        viewModel.openLifecycle().ifPresent(panel -> {
            javafx.stage.Stage stage = new javafx.stage.Stage();
            stage.initOwner(getScene().getWindow());
            stage.setTitle(Messages.get("lifecycle.window", viewModel.boardProperty().get()));
            javafx.scene.Scene scene = new javafx.scene.Scene(new se.paragraf.ui.lifecycle.LifecycleView(panel), 720, 760);
            scene.getStylesheets().addAll(getScene().getStylesheets());
            stage.setScene(scene);
            stage.show();
        });
    }

    @FXML
    private void edit() {
        edit.run();
    }

    @FXML
    private void copy() {
        ClipboardContent content = new ClipboardContent();
        content.putString(viewModel.pageProperty().get().plainText());
        Clipboard.getSystemClipboard().setContent(content);
    }

    /** "§ 98" in a fixed column, the title wrapped beside it, the dnr below, and a mark for immediate justering. */
    private static final class ParagraphCell extends ListCell<ParagraphItem> {
        /** Cell padding, the § column, the marker and the gaps between them. */
        private static final double TITLE_INDENT = 20 + 52 + 16 + 2 * 10 + 8;
        private final Label number = new Label();
        private final Label title = new Label();
        private final Label caseNumbers = new Label();
        private final FontIcon immediate = new FontIcon(Material2OutlinedMZ.VERIFIED);
        private final HBox layout;

        ParagraphCell() {
            number.getStyleClass().add("paragraph-number");
            number.setMinWidth(USE_PREF_SIZE);
            title.getStyleClass().add("paragraph-title");
            title.setWrapText(true);
            caseNumbers.getStyleClass().addAll("paragraph-case", "text-muted");
            immediate.getStyleClass().add("immediate-marker");
            Tooltip.install(immediate, new Tooltip(Messages.get("meeting.immediate")));
            VBox text = new VBox(2, title, caseNumbers);
            HBox.setHgrow(text, Priority.ALWAYS);
            text.setMinWidth(0);
            layout = new HBox(10, number, text, immediate);
            layout.getStyleClass().add("paragraph-cell");
            // The cell asks its graphic for a height at the graphic's own preferred width, so the
            // title needs a width of its own to wrap; without it, long titles are cut off with "…".
            setPrefWidth(0);
            title.prefWidthProperty().bind(widthProperty().subtract(TITLE_INDENT));
            title.setMinWidth(0);
            title.setMinHeight(USE_PREF_SIZE);
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        }

        @Override
        protected void updateItem(ParagraphItem item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            number.setText(item.number());
            title.setText(item.title());
            caseNumbers.setText(item.caseNumbers());
            Nodes.show(caseNumbers, !item.caseNumbers().isEmpty());
            Nodes.show(immediate, item.immediatelyAdjusted());
            setGraphic(layout);
        }
    }
}
