package se.paragraf.ui.main;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import se.paragraf.ui.Messages;
import se.paragraf.ui.ViewLoader;
import se.paragraf.ui.boards.BoardsView;
import se.paragraf.ui.delegation.DelegationView;
import se.paragraf.ui.importing.FolderImportView;
import se.paragraf.ui.meetingform.MeetingFormView;
import se.paragraf.ui.phrases.PhraseLibraryView;
import se.paragraf.ui.shortcuts.Shortcut;
import se.paragraf.ui.shortcuts.ShortcutOverlay;
import se.paragraf.ui.shortcuts.ShortcutRegistry;
import se.paragraf.ui.importing.ImportChooser;
import se.paragraf.ui.importing.ImportWizardView;
import se.paragraf.ui.meeting.MeetingView;
import se.paragraf.ui.preview.MinutesPreview;
import se.paragraf.ui.meetings.MeetingsView;
import se.paragraf.ui.plan.PlanSectionView;
import se.paragraf.ui.search.SearchView;
import se.paragraf.ui.settings.SettingsView;
import se.paragraf.ui.workbench.WorkbenchView;

/**
 * The main window: navigation on the left, the selected section, and a status bar. Search is
 * reached from anywhere with Ctrl+K (Cmd+K on macOS) or the search button above the navigation;
 * both show Ärenden och sök with the keyboard in its search field.
 */
public final class MainView extends BorderPane {
    /** Ctrl+K as in browsers, chat and code editors: "find anything". */
    public static final KeyCombination SEARCH_SHORTCUT = new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN);

    private final MainViewModel viewModel;
    private final Map<Section, Node> pages = new EnumMap<>(Section.class);
    private final Map<Section, ToggleButton> buttons = new EnumMap<>(Section.class);
    private final ToggleGroup navigationGroup = new ToggleGroup();
    private MeetingView meetingView;
    private WorkbenchView workbenchView;
    private ImportWizardView importWizardView;
    private FolderImportView folderImportView;
    private final Map<WorkbenchPage, Node> workbenchPages = new EnumMap<>(WorkbenchPage.class);
    private ShortcutOverlay shortcutOverlay;

    @FXML private VBox navigation;
    @FXML private Button quickSearch;
    @FXML private StackPane content;
    @FXML private Label archiveLocation;
    @FXML private ProgressIndicator activityIndicator;
    @FXML private Label activityText;
    @FXML private Label recordWarning;

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
        viewModel.editorOpenProperty().addListener((observable, previous, open) -> show(viewModel.sectionProperty().get()));
        viewModel.importPageProperty().addListener((observable, previous, page) -> show(viewModel.sectionProperty().get()));
        viewModel.workbenchPageProperty().addListener((observable, previous, page) -> show(viewModel.sectionProperty().get()));
        show(viewModel.sectionProperty().get());

        archiveLocation.setText(Messages.get("status.archive", viewModel.archiveLocation()));
        recordWarning.textProperty().bind(viewModel.recordWarningProperty());
        recordWarning.visibleProperty().bind(viewModel.recordWarningProperty().isNotEmpty());
        recordWarning.managedProperty().bind(recordWarning.visibleProperty());
        recordWarning.setTooltip(new javafx.scene.control.Tooltip());
        recordWarning.getTooltip().textProperty().bind(viewModel.recordWarningProperty());
        recordWarning.setOnMouseClicked(e -> showRecordProblems());
        recordWarning.setCursor(javafx.scene.Cursor.HAND);
        activityIndicator.visibleProperty().bind(viewModel.activity().busyProperty());
        activityIndicator.managedProperty().bind(viewModel.activity().busyProperty());
        activityText.textProperty().bind(viewModel.activity().descriptionProperty());
        // Looks like a search field with its shortcut beside it, so the shortcut is learnt by seeing it.
        Label shortcut = new Label(SEARCH_SHORTCUT.getDisplayText());
        shortcut.getStyleClass().add("shortcut-hint");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox face = new HBox(8, new FontIcon(Section.MATTERS.icon()), new Label(Messages.get("nav.searchHint")), gap, shortcut);
        face.setAlignment(Pos.CENTER_LEFT);
        quickSearch.setGraphic(face);
        quickSearch.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        quickSearch.setTooltip(new Tooltip(Messages.get("nav.searchTooltip", SEARCH_SHORTCUT.getDisplayText())));
        sceneProperty().addListener((observable, previous, scene) -> installShortcuts(scene));
    }

    @FXML
    private void quickSearch() {
        viewModel.select(Section.MATTERS);
        ((SearchView) pages.computeIfAbsent(Section.MATTERS, this::createPage)).focusSearch();
    }

    private ToggleButton navigationButton(Section section) {
        ToggleButton button = new ToggleButton(section.title(), new FontIcon(section.icon()));
        button.setId("nav-" + section.name().toLowerCase(java.util.Locale.ROOT));
        button.setUserData(section);
        button.setToggleGroup(navigationGroup);
        button.setMaxWidth(Double.MAX_VALUE);
        button.getStyleClass().add("nav-button");
        button.setTooltip(new Tooltip(section == Section.MATTERS
                ? Messages.get("nav.searchShortcut", section.shortcut().getDisplayText(), SEARCH_SHORTCUT.getDisplayText())
                : section.shortcut().getDisplayText()));
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
        scene.getAccelerators().put(SEARCH_SHORTCUT, this::quickSearch);
        scene.getAccelerators().put(MeetingsView.IMPORT_SHORTCUT,
                () -> ImportChooser.protocolFile(scene.getWindow()).ifPresent(viewModel::importFile));
        scene.getAccelerators().put(ShortcutOverlay.HELP, () -> shortcutOverlay().toggle(scene.getWindow()));
        scene.getAccelerators().put(ShortcutOverlay.HELP_ALTERNATIVE, () -> shortcutOverlay().toggle(scene.getWindow()));
    }

    /** The keyboard help (F1), built on first use from every screen's registered shortcuts. */
    public ShortcutOverlay shortcutOverlay() {
        if (shortcutOverlay == null) {
            shortcutOverlay = new ShortcutOverlay(ShortcutRegistry.standard());
        }
        return shortcutOverlay;
    }

    /** The whole window's shortcuts, and those of screens that do not register their own yet. */
    public static void registerShortcuts(ShortcutRegistry registry) {
        String window = Messages.get("shortcuts.window");
        registry.add(Shortcut.of(window, ShortcutOverlay.HELP, Messages.get("shortcuts.help")));
        registry.add(Shortcut.of(window, ShortcutOverlay.HELP_ALTERNATIVE, Messages.get("shortcuts.help")));
        registry.add(Shortcut.of(window, SEARCH_SHORTCUT, Messages.get("shortcuts.search")));
        for (Section section : Section.values()) {
            registry.add(Shortcut.of(window, section.shortcut(), Messages.get("shortcuts.section", section.title())));
        }
        String search = Section.MATTERS.title();
        registry.add(Shortcut.described(search, Messages.get("shortcuts.key.down"), Messages.get("shortcuts.searchDown")));
        registry.add(Shortcut.described(search, Messages.get("shortcuts.key.enter"), Messages.get("shortcuts.searchOpen")));
        registry.add(Shortcut.described(search, Messages.get("shortcuts.key.escape"), Messages.get("shortcuts.searchClear")));
    }

    private void show(Section section) {
        Toggle button = buttons.get(section);
        if (!button.isSelected()) {
            button.setSelected(true);
        }
        Node page = section == Section.MEETINGS ? meetingsPage() : pages.computeIfAbsent(section, this::createPage);
        if (!content.getChildren().equals(List.of(page))) {
            content.getChildren().setAll(page);
            if (page instanceof WorkbenchView workbench) {
                workbench.focusAgenda();
            } else if (page instanceof MeetingView meeting) {
                meeting.focusList();
            } else if (page instanceof MeetingsView meetings) {
                meetings.focusList();
            } else if (page instanceof BoardsView boards) {
                boards.focusList();
            } else if (page instanceof MeetingFormView form) {
                form.focusFirstField();
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
            case NONE -> viewModel.workbenchPageProperty().get() != WorkbenchPage.NONE
                    ? workbenchPages.computeIfAbsent(viewModel.workbenchPageProperty().get(), this::createWorkbenchPage)
                    : viewModel.editorOpenProperty().get() ? workbenchView()
                    : viewModel.meetingOpenProperty().get()
                    ? meetingView() : pages.computeIfAbsent(Section.MEETINGS, this::createPage);
        };
    }

    private Node createWorkbenchPage(WorkbenchPage page) {
        return switch (page) {
            case BOARDS -> new BoardsView(viewModel.boards());
            case MEETING_FORM -> new MeetingFormView(viewModel.meetingForm());
            case PHRASES -> new PhraseLibraryView(viewModel.phrases());
            case NONE -> throw new IllegalArgumentException("No page for NONE");
        };
    }

    /** One meeting view, reused: the list of meetings and its scroll position stay as they were. */
    private MeetingView meetingView() {
        if (meetingView == null) {
            meetingView = new MeetingView(viewModel.meeting(), new MinutesPreview(viewModel.preview()),
                    viewModel::closeMeeting, viewModel::openEditor);
        }
        return meetingView;
    }

    private WorkbenchView workbenchView() {
        if (workbenchView == null) {
            workbenchView = new WorkbenchView(viewModel.minutesEditor(), viewModel::closeEditor);
        }
        return workbenchView;
    }

    private Node createPage(Section section) {
        return switch (section) {
            case MEETINGS -> new MeetingsView(viewModel.meetings());
            case MATTERS -> new SearchView(viewModel.search());
            case PLAN -> new PlanSectionView(viewModel.plan(), viewModel.watchList());
            case DELEGATION -> new DelegationView(viewModel.delegation());
            case SETTINGS -> new SettingsView(viewModel.settings());
        };
    }

    /** The start-up check's whole list, to read, copy and hand to whoever keeps the archive. */
    private void showRecordProblems() {
        javafx.scene.control.Alert alert = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.WARNING,
                Messages.get("records.details.advice"), javafx.scene.control.ButtonType.CLOSE);
        alert.setTitle(Messages.get("app.title"));
        alert.setHeaderText(Messages.get("records.details.header"));
        alert.initOwner(recordWarning.getScene().getWindow());
        javafx.scene.control.TextArea list = new javafx.scene.control.TextArea(viewModel.recordProblems());
        list.setEditable(false);
        list.setWrapText(true);
        list.setPrefRowCount(12);
        list.setPrefColumnCount(70);
        alert.getDialogPane().setExpandableContent(list);
        alert.getDialogPane().setExpanded(true);
        alert.showAndWait();
    }
}
