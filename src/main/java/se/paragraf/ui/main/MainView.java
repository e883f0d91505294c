package se.paragraf.ui.main;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import se.paragraf.ui.Messages;
import se.paragraf.ui.ViewLoader;
import se.paragraf.ui.importing.FolderImportView;
import se.paragraf.ui.importing.ImportChooser;
import se.paragraf.ui.importing.ImportWizardView;
import se.paragraf.ui.meeting.MeetingView;
import se.paragraf.ui.meetings.MeetingsView;
import se.paragraf.ui.placeholder.PlaceholderView;
import se.paragraf.ui.settings.SettingsView;

/** The main window: navigation on the left, the selected section, and a status bar. */
public final class MainView extends BorderPane {
    private final MainViewModel viewModel;
    private final Map<Section, Node> pages = new EnumMap<>(Section.class);
    private final Map<Section, ToggleButton> buttons = new EnumMap<>(Section.class);
    private final ToggleGroup navigationGroup = new ToggleGroup();
    private MeetingView meetingView;
    private ImportWizardView importWizardView;
    private FolderImportView folderImportView;

    @FXML private VBox navigation;
    @FXML private StackPane content;
    @FXML private Label archiveLocation;
    @FXML private ProgressIndicator activityIndicator;
    @FXML private Label activityText;

    public MainView(MainViewModel viewModel) {
        this.viewModel = viewModel;
        ViewLoader.load(this);
    }

    /** The window's model, for UI tests: they import through {@link MainViewModel#importFile} past the file dialog. */
    public MainViewModel viewModel() {
        return viewModel;
    }

    @FXML
    private void initialize() {
        for (Section section : Section.values()) {
            navigation.getChildren().add(navigationButton(section));
        }
        // A selected toggle clicked again would deselect itself; navigation always has one page.
        navigationGroup.selectedToggleProperty().addListener((observable, previous, selected) -> {
            if (selected == null) {
                previous.setSelected(true);
            } else {
                viewModel.select((Section) selected.getUserData());
            }
        });
        viewModel.sectionProperty().addListener((observable, previous, section) -> show(section));
        viewModel.meetingOpenProperty().addListener((observable, previous, open) -> show(viewModel.sectionProperty().get()));
        viewModel.importPageProperty().addListener((observable, previous, page) -> show(viewModel.sectionProperty().get()));
        show(viewModel.sectionProperty().get());

        archiveLocation.setText(Messages.get("status.archive", viewModel.archiveLocation()));
        activityIndicator.visibleProperty().bind(viewModel.activity().busyProperty());
        activityIndicator.managedProperty().bind(viewModel.activity().busyProperty());
        activityText.textProperty().bind(viewModel.activity().descriptionProperty());
        sceneProperty().addListener((observable, previous, scene) -> installShortcuts(scene));
    }

    private ToggleButton navigationButton(Section section) {
        ToggleButton button = new ToggleButton(section.title(), new FontIcon(section.icon()));
        button.setId("nav-" + section.name().toLowerCase(java.util.Locale.ROOT));
        button.setUserData(section);
        button.setToggleGroup(navigationGroup);
        button.setMaxWidth(Double.MAX_VALUE);
        button.getStyleClass().add("nav-button");
        button.setTooltip(new Tooltip(section.shortcut().getDisplayText()));
        buttons.put(section, button);
        return button;
    }

    private void installShortcuts(Scene scene) {
        if (scene == null) {
            return;
        }
        for (Section section : Section.values()) {
            scene.getAccelerators().put(section.shortcut(), () -> viewModel.select(section));
        }
        scene.getAccelerators().put(MeetingsView.IMPORT_SHORTCUT,
                () -> ImportChooser.protocolFile(scene.getWindow()).ifPresent(viewModel::importFile));
    }

    private void show(Section section) {
        Toggle button = buttons.get(section);
        if (!button.isSelected()) {
            button.setSelected(true);
        }
        Node page = section == Section.MEETINGS ? meetingsPage() : pages.computeIfAbsent(section, this::createPage);
        if (!content.getChildren().equals(List.of(page))) {
            content.getChildren().setAll(page);
            if (page instanceof MeetingView meeting) {
                meeting.focusList();
            } else if (page instanceof MeetingsView meetings) {
                meetings.focusList();
            }
        }
    }

    /** Sammanträden shows an import in progress, else the open meeting, else the list. */
    private Node meetingsPage() {
        return switch (viewModel.importPageProperty().get()) {
            case WIZARD -> importWizardView == null
                    ? importWizardView = new ImportWizardView(viewModel.importWizard()) : importWizardView;
            case FOLDER -> folderImportView == null
                    ? folderImportView = new FolderImportView(viewModel.folderImport()) : folderImportView;
            case NONE -> viewModel.meetingOpenProperty().get()
                    ? meetingView() : pages.computeIfAbsent(Section.MEETINGS, this::createPage);
        };
    }

    /** One meeting view, reused: the list of meetings and its scroll position stay as they were. */
    private MeetingView meetingView() {
        if (meetingView == null) {
            meetingView = new MeetingView(viewModel.meeting(), viewModel::closeMeeting);
        }
        return meetingView;
    }

    private Node createPage(Section section) {
        return switch (section) {
            case MEETINGS -> new MeetingsView(viewModel.meetings());
            case MATTERS -> new PlaceholderView(section.icon(), section.title(), Messages.get("placeholder.matters"));
            case PLAN -> new PlaceholderView(section.icon(), section.title(), Messages.get("placeholder.plan"));
            case DELEGATION -> new PlaceholderView(section.icon(), section.title(), Messages.get("placeholder.delegation"));
            case SETTINGS -> new SettingsView(viewModel.settings());
        };
    }
}
