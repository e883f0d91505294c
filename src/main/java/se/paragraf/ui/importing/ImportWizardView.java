package se.paragraf.ui.importing;

import se.paragraf.ui.Nodes;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.IndexRange;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;
import se.paragraf.ui.ListSelection;
import se.paragraf.ui.Messages;
import se.paragraf.ui.ViewLoader;
import se.paragraf.ui.meeting.ProtocolNodes;
import se.paragraf.ui.meeting.ProtocolPage;

/**
 * The import wizard: the file's facts on top, the §§ on the left, the selected § to correct in
 * the middle with its warnings and how it will read, and the source text on the right, scrolled
 * to the §'s heading. Nothing is saved before "Spara i arkivet".
 */
public final class ImportWizardView extends VBox {
    private final ImportWizardViewModel viewModel;

    @FXML private Label fileNameLabel;
    @FXML private Label summaryLabel;
    @FXML private ProgressIndicator savingIndicator;
    @FXML private Button cancelButton;
    @FXML private Button saveButton;
    @FXML private TextField boardField;
    @FXML private TextField dateField;
    @FXML private TextField minutesCaseField;
    @FXML private Label dateErrorLabel;
    @FXML private Label noticeLabel;
    @FXML private Label errorLabel;
    @FXML private SplitPane split;
    @FXML private ListView<WizardParagraphItem> paragraphList;
    @FXML private VBox editor;
    @FXML private TextField numberField;
    @FXML private TextField titleField;
    @FXML private TextField caseNumbersField;
    @FXML private Label caseNumberErrorLabel;
    @FXML private TextArea clausesArea;
    @FXML private TextArea recipientsArea;
    @FXML private VBox warningBox;
    @FXML private VBox previewPage;
    @FXML private Label headingMissingLabel;
    @FXML private TextArea sourceArea;
    @FXML private VBox loadingPane;

    public ImportWizardView(ImportWizardViewModel viewModel) {
        this.viewModel = viewModel;
        ViewLoader.load(this);
    }

    @FXML
    private void initialize() {
        fileNameLabel.textProperty().bind(viewModel.fileNameProperty());
        summaryLabel.textProperty().bind(viewModel.summaryProperty());
        savingIndicator.visibleProperty().bind(viewModel.savingProperty());
        savingIndicator.managedProperty().bind(viewModel.savingProperty());
        saveButton.disableProperty().bind(viewModel.canSaveProperty().not());
        cancelButton.disableProperty().bind(viewModel.savingProperty());
        boardField.textProperty().bindBidirectional(viewModel.boardProperty());
        dateField.textProperty().bindBidirectional(viewModel.meetingDateProperty());
        minutesCaseField.textProperty().bindBidirectional(viewModel.minutesCaseNumberProperty());
        numberField.textProperty().bindBidirectional(viewModel.numberProperty());
        titleField.textProperty().bindBidirectional(viewModel.titleProperty());
        caseNumbersField.textProperty().bindBidirectional(viewModel.caseNumbersProperty());
        clausesArea.textProperty().bindBidirectional(viewModel.clausesProperty());
        recipientsArea.textProperty().bindBidirectional(viewModel.recipientsProperty());
        showWhenText(dateErrorLabel);
        showWhenText(noticeLabel);
        showWhenText(errorLabel);
        showWhenText(caseNumberErrorLabel);
        showWhenText(headingMissingLabel);
        dateErrorLabel.textProperty().bind(viewModel.dateErrorProperty());
        noticeLabel.textProperty().bind(viewModel.noticeProperty());
        errorLabel.textProperty().bind(viewModel.errorProperty());
        caseNumberErrorLabel.textProperty().bind(viewModel.caseNumberErrorProperty());
        loadingPane.visibleProperty().bind(viewModel.loadingProperty());
        split.visibleProperty().bind(viewModel.loadedProperty());
        editor.disableProperty().bind(viewModel.savingProperty().or(viewModel.selectedIndexProperty().lessThan(0)));

        split.setDividerPositions(0.26, 0.63);
        paragraphList.setItems(viewModel.paragraphs());
        paragraphList.setCellFactory(list -> new ParagraphCell());
        paragraphList.getSelectionModel().selectedIndexProperty().addListener((observable, previous, index) -> {
            if (index.intValue() >= 0 && index.intValue() != viewModel.selectedIndexProperty().get()) {
                viewModel.select(index.intValue());
            }
        });
        // An edited row is replaced in the list, which clears the list's selection; the model's stays.
        viewModel.paragraphs().addListener((ListChangeListener<WizardParagraphItem>) change ->
                Platform.runLater(() -> showSelection(viewModel.selectedIndexProperty().get())));
        viewModel.selectedIndexProperty().addListener((observable, previous, index) -> showSelection(index.intValue()));

        sourceArea.textProperty().bind(viewModel.sourceTextProperty());
        viewModel.sourceHighlightProperty().addListener((observable, previous, range) -> highlight(range));
        viewModel.previewProperty().addListener((observable, previous, page) -> render(page));
        viewModel.warnings().addListener((ListChangeListener<String>) change -> showWarnings());
        render(viewModel.previewProperty().get());
        showWarnings();
        showSelection(viewModel.selectedIndexProperty().get());
    }

    private static void showWhenText(Label label) {
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }

    private void showSelection(int index) {
        ListSelection.follow(paragraphList, index);
    }

    private void render(ProtocolPage page) {
        previewPage.getChildren().setAll(ProtocolNodes.of(page));
    }

    private void showWarnings() {
        if (viewModel.warnings().isEmpty()) {
            Label none = new Label(Messages.get("import.noWarnings"));
            none.getStyleClass().add("text-muted");
            warningBox.getChildren().setAll(none);
            return;
        }
        warningBox.getChildren().setAll(viewModel.warnings().stream().map(ImportWizardView::warning).toList());
    }

    private static Label warning(String text) {
        Label label = new Label(text, new FontIcon(Material2OutlinedMZ.WARNING));
        label.getStyleClass().add("import-warning");
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        label.setMinHeight(USE_PREF_SIZE);
        return label;
    }

    /** Selects the heading line and scrolls it to the top third of the source pane. */
    private void highlight(IndexRange range) {
        int index = viewModel.selectedIndexProperty().get();
        String number = index < 0 ? "" : viewModel.paragraphs().get(index).number();
        headingMissingLabel.setText(range == null && index >= 0
                ? Messages.get("import.noHeading", number.replace("§ ", "")) : "");
        if (range == null) {
            sourceArea.deselect();
            return;
        }
        // Caret at the start of the line, so that the skin scrolls to where the "§ N" is, not to the line's end.
        sourceArea.selectRange(range.getEnd(), range.getStart());
        int line = lineOf(sourceArea.getText(), range.getStart());
        // After the skin has scrolled the caret into view at the bottom: the heading goes near the top instead.
        Platform.runLater(() -> {
            sourceArea.applyCss();
            sourceArea.layout();
            sourceArea.setScrollTop(Math.max(0, (line - 3) * lineHeight()));
            sourceArea.setScrollLeft(0);
        });
    }

    /** The measured height of one line of the source text, from the laid-out content. */
    private double lineHeight() {
        if (sourceArea.lookup(".content") instanceof Region content && content.getHeight() > 0) {
            double lines = lineOf(sourceArea.getText(), sourceArea.getLength()) + 1;
            return (content.getHeight() - content.snappedTopInset() - content.snappedBottomInset()) / lines;
        }
        Text probe = new Text("Åg");
        probe.setFont(sourceArea.getFont());
        return probe.getLayoutBounds().getHeight();
    }

    private static int lineOf(String text, int position) {
        int line = 0;
        for (int i = 0; i < position && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    @FXML
    private void save() {
        viewModel.save();
    }

    @FXML
    private void cancel() {
        viewModel.cancel();
    }

    /** "§ 98", the title beside it, and below it a warning sign with the count when the § has warnings. */
    private static final class ParagraphCell extends ListCell<WizardParagraphItem> {
        /** Cell padding, the § column, the gap and the list's scroll bar. */
        private static final double TITLE_INDENT = 20 + 52 + 8 + 16;
        private final Label number = new Label();
        private final Label title = new Label();
        private final Label warnings = new Label("", new FontIcon(Material2OutlinedMZ.WARNING));
        private final HBox layout;

        ParagraphCell() {
            number.getStyleClass().add("paragraph-number");
            number.setMinWidth(USE_PREF_SIZE);
            title.getStyleClass().add("paragraph-title");
            title.setWrapText(true);
            title.setMinWidth(0);
            title.setMinHeight(USE_PREF_SIZE);
            // The cell asks its graphic for a height at the graphic's own width; without a width the title is cut off.
            title.prefWidthProperty().bind(widthProperty().subtract(TITLE_INDENT));
            warnings.getStyleClass().add("warning-count");
            VBox text = new VBox(2, title, warnings);
            text.setMinWidth(0);
            HBox.setHgrow(text, Priority.ALWAYS);
            layout = new HBox(8, number, text);
            setPrefWidth(0);
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        }

        @Override
        protected void updateItem(WizardParagraphItem item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            number.setText(item.number());
            title.setText(item.title());
            warnings.setText(item.hasWarnings() ? Messages.get("import.warningCount", item.warnings()) : "");
            Nodes.show(warnings, item.hasWarnings());
            setGraphic(layout);
        }
    }
}
