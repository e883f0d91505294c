package se.paragraf.ui.search;

import java.io.File;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.application.Platform;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;
import javafx.scene.Scene;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.controlsfx.control.SearchableComboBox;
import se.paragraf.application.search.ExportFormat;
import se.paragraf.application.search.ParagraphKind;
import se.paragraf.application.search.SearchSort;
import se.paragraf.domain.board.BoardId;
import se.paragraf.ui.Messages;
import se.paragraf.ui.ViewLoader;
import se.paragraf.ui.preview.MinutesPreview;

/**
 * Ärenden och sök. Results follow the typing after a short pause, so that a fast typist starts
 * one search rather than one per letter. Down goes from the field to the list, Enter opens the
 * selected hit (from the field: the first), double-click opens too.
 */
public final class SearchView extends VBox {
    /** Long enough to swallow the keystrokes of a word, short enough to feel immediate. */
    private static final Duration TYPING_PAUSE = Duration.millis(150);
    private static final PseudoClass FAILED = PseudoClass.getPseudoClass("failed");
    /** An A4 page at a readable size, within a 1280×800 screen. */
    private static final double EXTRACT_WIDTH = 640;
    private static final double EXTRACT_HEIGHT = 760;

    private final SearchViewModel viewModel;
    private final PauseTransition typingPause = new PauseTransition(TYPING_PAUSE);

    @FXML private TextField searchField;
    @FXML private ComboBox<Choice<BoardId>> boardFilter;
    @FXML private TextField fromYearField;
    @FXML private TextField toYearField;
    @FXML private ComboBox<Choice<ParagraphKind>> kindFilter;
    @FXML private ComboBox<Choice<Boolean>> adjustedFilter;
    @FXML private ComboBox<Choice<Boolean>> assignmentsFilter;
    @FXML private SearchableComboBox<Choice<String>> goalFilter;
    @FXML private ComboBox<Choice<SearchSort>> sortChoice;
    @FXML private ComboBox<Choice<Boolean>> versionChoice;
    @FXML private Label summaryLabel;
    @FXML private Label exportStatusLabel;
    @FXML private Button exportButton;
    @FXML private Button exportPdfButton;
    @FXML private Button openButton;
    @FXML private ListView<SearchResultItem> resultList;
    @FXML private Label placeholder;

    public SearchView(SearchViewModel viewModel) {
        this.viewModel = viewModel;
        ViewLoader.load(this);
    }

    @FXML
    private void initialize() {
        searchField.textProperty().bindBidirectional(viewModel.textProperty());
        typingPause.setOnFinished(event -> viewModel.search());
        searchField.textProperty().addListener((observable, previous, now) -> typingPause.playFromStart());
        fromYearField.textProperty().addListener((observable, previous, now) -> typingPause.playFromStart());
        toYearField.textProperty().addListener((observable, previous, now) -> typingPause.playFromStart());
        searchField.addEventFilter(KeyEvent.KEY_PRESSED, this::onFieldKey);

        boardFilter.setItems(viewModel.boardChoices());
        boardFilter.valueProperty().bindBidirectional(viewModel.boardProperty());
        fromYearField.textProperty().bindBidirectional(viewModel.fromYearProperty());
        toYearField.textProperty().bindBidirectional(viewModel.toYearProperty());
        kindFilter.getItems().setAll(viewModel.kindChoices());
        kindFilter.valueProperty().bindBidirectional(viewModel.kindProperty());
        adjustedFilter.getItems().setAll(viewModel.adjustedChoices());
        adjustedFilter.valueProperty().bindBidirectional(viewModel.adjustedProperty());
        assignmentsFilter.getItems().setAll(viewModel.assignmentChoices());
        assignmentsFilter.valueProperty().bindBidirectional(viewModel.assignmentsProperty());
        goalFilter.setItems(viewModel.goalChoices());
        goalFilter.valueProperty().bindBidirectional(viewModel.goalProperty());
        goalFilter.setOnShowing(event -> viewModel.loadGoals());
        sortChoice.getItems().setAll(viewModel.sortChoices());
        sortChoice.valueProperty().bindBidirectional(viewModel.sortProperty());
        versionChoice.getItems().setAll(viewModel.versionChoices());
        versionChoice.valueProperty().bindBidirectional(viewModel.versionProperty());
        // A case timeline is always every paragraph of the case in date order: the filters do not apply.
        boardFilter.disableProperty().bind(viewModel.timelineProperty());
        fromYearField.disableProperty().bind(viewModel.timelineProperty());
        toYearField.disableProperty().bind(viewModel.timelineProperty());
        kindFilter.disableProperty().bind(viewModel.timelineProperty());
        adjustedFilter.disableProperty().bind(viewModel.timelineProperty());
        assignmentsFilter.disableProperty().bind(viewModel.timelineProperty());
        goalFilter.disableProperty().bind(viewModel.timelineProperty());
        sortChoice.disableProperty().bind(viewModel.timelineProperty());

        summaryLabel.textProperty().bind(viewModel.summaryProperty());
        exportStatusLabel.textProperty().bind(viewModel.exportStatusProperty());
        placeholder.textProperty().bind(viewModel.placeholderProperty());
        viewModel.failedProperty().addListener((observable, previous, failed) ->
                placeholder.pseudoClassStateChanged(FAILED, failed));
        exportButton.disableProperty().bind(Bindings.isEmpty(viewModel.results()));
        exportPdfButton.disableProperty().bind(Bindings.isEmpty(viewModel.results()));
        openButton.disableProperty().bind(resultList.getSelectionModel().selectedItemProperty().isNull());

        resultList.setItems(viewModel.results());
        resultList.setCellFactory(list -> new SearchResultCell(viewModel.timelineProperty(), viewModel::open,
                this::showExtract));
        resultList.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                openSelected();
                event.consume();
            }
        });
        resultList.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2) {
                openSelected();
            }
        });
    }

    private void onFieldKey(KeyEvent event) {
        if (event.getCode() == KeyCode.DOWN && !viewModel.results().isEmpty()) {
            resultList.requestFocus();
            if (resultList.getSelectionModel().isEmpty()) {
                resultList.getSelectionModel().selectFirst();
            }
            event.consume();
        } else if (event.getCode() == KeyCode.ENTER) {
            if (viewModel.isCurrent() && !viewModel.results().isEmpty()) {
                viewModel.open(selectedOrFirst());
            } else {
                typingPause.stop();
                viewModel.search();
            }
            event.consume();
        } else if (event.getCode() == KeyCode.ESCAPE && !searchField.getText().isEmpty()) {
            searchField.clear();
            event.consume();
        }
    }

    private SearchResultItem selectedOrFirst() {
        SearchResultItem selected = resultList.getSelectionModel().getSelectedItem();
        return selected != null ? selected : viewModel.results().get(0);
    }

    /** Ctrl+K: the keyboard to the search field, its text selected so that typing replaces it. */
    public void focusSearch() {
        Platform.runLater(() -> {
            searchField.requestFocus();
            searchField.selectAll();
        });
    }

    @FXML
    private void openSelected() {
        viewModel.open(resultList.getSelectionModel().getSelectedItem());
    }

    /** The extract in a window of its own beside the search, so the hits stay where they were. */
    private void showExtract(SearchResultItem item) {
        ExtractPreview extract = viewModel.extract(item);
        Stage stage = new Stage();
        stage.initOwner(getScene().getWindow());
        stage.setTitle(extract.title());
        Scene scene = new Scene(new MinutesPreview(extract.preview()), EXTRACT_WIDTH, EXTRACT_HEIGHT);
        scene.getStylesheets().addAll(getScene().getStylesheets());
        stage.setScene(scene);
        stage.show();
    }

    @FXML
    private void exportCsv() {
        export(ExportFormat.CSV, Messages.get("search.export.filter"));
    }

    @FXML
    private void exportPdf() {
        export(ExportFormat.PDF, Messages.get("search.export.filterPdf"));
    }

    private void export(ExportFormat format, String filterDescription) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("search.export.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filterDescription,
                "*." + format.extension()));
        chooser.setInitialFileName(viewModel.suggestedFileName(format));
        File file = chooser.showSaveDialog(getScene().getWindow());
        if (file != null) {
            viewModel.export(format, file.toPath());
        }
    }
}
