package se.paragraf.ui.importing;

import javafx.fxml.FXML;
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
    @FXML private ListView<String> failuresList;

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
        failuresList.setItems(viewModel.failures());
        failuresBox.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(viewModel.failures()));
        failuresBox.managedProperty().bind(failuresBox.visibleProperty());
    }

    @FXML
    private void close() {
        viewModel.close();
    }
}
