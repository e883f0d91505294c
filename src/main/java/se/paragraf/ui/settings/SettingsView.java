package se.paragraf.ui.settings;

import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import se.paragraf.ui.ViewLoader;

/** Inställningar: for now, what the archive is and holds. */
public final class SettingsView extends VBox {
    private final SettingsViewModel viewModel;

    @FXML private Label archiveLocation;
    @FXML private Label schemaVersion;
    @FXML private Label boards;
    @FXML private Label meetings;
    @FXML private Label paragraphs;

    public SettingsView(SettingsViewModel viewModel) {
        this.viewModel = viewModel;
        ViewLoader.load(this);
    }

    @FXML
    private void initialize() {
        archiveLocation.textProperty().bind(viewModel.locationProperty());
        schemaVersion.textProperty().bind(viewModel.schemaVersionProperty());
        boards.textProperty().bind(viewModel.boardsProperty());
        meetings.textProperty().bind(viewModel.meetingsProperty());
        paragraphs.textProperty().bind(viewModel.paragraphsProperty());
    }

    @FXML
    private void refresh() {
        viewModel.load();
    }
}
