package se.paragraf.ui.importing;

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
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;
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

        split.setDividerPositions(0.22, 0.62);
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
        if (index < 0) {
            paragraphList.getSelectionModel().clearSelection();
            return;
        }
        if (paragraphList.getSelectionModel().getSelectedIndex() != index) {
            paragraphList.getSelectionModel().select(index);
            paragraphList.scrollTo(Math.max(0, index - 3));
        }
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
        sourceArea.selectRange(range.getStart(), range.getEnd());
        int line = lineOf(sourceArea, range.getStart());
        Platform.runLater(() -> sourceArea.setScrollTop(Math.max(0, (line - 4) * lineHeight(sourceArea))));
    }

    private static int lineOf(TextInputControl area, int position) {
        String text = area.getText();
        int line = 0;
        for (int i = 0; i < position && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static double lineHeight(TextInputControl area) {
        Text probe = new Text("Åg\nÅg");
        probe.setFont(area.getFont());
        Text one = new Text("Åg");
        one.setFont(area.getFont());
        return probe.getLayoutBounds().getHeight() - one.getLayoutBounds().getHeight();
    }

    @FXML
    private void save() {
        viewModel.save();
    }

    @FXML
    private void cancel() {
        viewModel.cancel();
    }

    /** "§ 98", the title beside it, and a warning sign with the count when the § has warnings. */
    private static final class ParagraphCell extends ListCell<WizardParagraphItem> {
        private final Label number = new Label();
        private final Label title = new Label();
        private final Label warnings = new Label("", new FontIcon(Material2OutlinedMZ.WARNING));
        private final HBox layout;

        ParagraphCell() {
            number.getStyleClass().add("paragraph-number");
            number.setMinWidth(USE_PREF_SIZE);
            title.getStyleClass().add("paragraph-title");
            title.setMinWidth(0);
            title.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(title, Priority.ALWAYS);
            warnings.getStyleClass().add("warning-count");
            warnings.setMinWidth(USE_PREF_SIZE);
            layout = new HBox(8, number, title, warnings);
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
            warnings.setText(Integer.toString(item.warnings()));
            warnings.setVisible(item.hasWarnings());
            warnings.setManaged(item.hasWarnings());
            if (item.hasWarnings()) {
                warnings.setAccessibleText(Messages.get("import.warningCount", item.warnings()));
            }
            setGraphic(layout);
        }
    }
}
