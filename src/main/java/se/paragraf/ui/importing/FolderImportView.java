package se.paragraf.ui.importing;

import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import se.paragraf.ui.ViewLoader;

/** A folder's batch import: a progress bar while it runs, then the summary and every failed file with its reason. */
public final class FolderImportView extends VBox {
    private final FolderImportViewModel viewModel;

    @FXML private Label folderLabel;
    @FXML private Button closeButton;
    @FXML private ProgressBar progressBar;
    @FXML private Label progressLabel;
    @FXML private Label summaryLabel;
    @FXML private Label errorLabel;
    @FXML private VBox failuresBox;
    @FXML private ListView<FolderImportViewModel.FileOutcome> filesList;

    public FolderImportView(FolderImportViewModel viewModel) {
        this.viewModel = viewModel;
        ViewLoader.load(this);
    }

    @FXML
    private void initialize() {
        folderLabel.textProperty().bind(viewModel.folderNameProperty());
        closeButton.disableProperty().bind(viewModel.runningProperty());
        progressBar.progressProperty().bind(viewModel.progressProperty());
        progressLabel.textProperty().bind(viewModel.progressTextProperty());
        summaryLabel.textProperty().bind(viewModel.summaryTextProperty());
        summaryLabel.visibleProperty().bind(summaryLabel.textProperty().isNotEmpty());
        summaryLabel.managedProperty().bind(summaryLabel.visibleProperty());
        errorLabel.textProperty().bind(viewModel.errorProperty());
        errorLabel.visibleProperty().bind(errorLabel.textProperty().isNotEmpty());
        errorLabel.managedProperty().bind(errorLabel.visibleProperty());
        filesList.setItems(viewModel.files());
        filesList.setCellFactory(list -> new OutcomeCell());
        failuresBox.visibleProperty().bind(Bindings.isNotEmpty(viewModel.files()));
        failuresBox.managedProperty().bind(failuresBox.visibleProperty());
    }

    @FXML
    private void close() {
        viewModel.close();
    }

    /** A file's outcome, wrapped, with an icon for failed, imported or already imported. */
    private static final class OutcomeCell extends ListCell<FolderImportViewModel.FileOutcome> {
        private final Label text = new Label();
        private final HBox layout = new HBox(8);

        OutcomeCell() {
            text.setWrapText(true);
            text.setMinHeight(USE_PREF_SIZE);
            text.setMinWidth(0);
            // A long reason must wrap, not end in "…": the cell measures its graphic at this width.
            text.prefWidthProperty().bind(widthProperty().subtract(60));
            setPrefWidth(0);
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        }

        @Override
        protected void updateItem(FolderImportViewModel.FileOutcome item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            text.setText(item.text());
            FontIcon icon = new FontIcon(switch (item.kind()) {
                case FAILED -> Material2OutlinedAL.ERROR_OUTLINE;
                case IMPORTED -> Material2OutlinedAL.CHECK_CIRCLE;
                case DUPLICATE -> Material2OutlinedAL.CONTENT_COPY;
            });
            icon.getStyleClass().add("outcome-" + item.kind().name().toLowerCase(java.util.Locale.ROOT));
            layout.getChildren().setAll(icon, text);
            setGraphic(layout);
        }
    }
}
