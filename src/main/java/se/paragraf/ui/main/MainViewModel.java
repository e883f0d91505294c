package se.paragraf.ui.main;

import java.nio.file.Path;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import se.paragraf.application.Services;
import se.paragraf.ui.Messages;
import se.paragraf.domain.board.BoardId;
import se.paragraf.ui.boards.BoardsViewModel;
import se.paragraf.ui.meetingform.MeetingFormViewModel;
import se.paragraf.ui.phrases.PhraseLibraryViewModel;
import se.paragraf.domain.meeting.MeetingId;
import se.paragraf.domain.paragraph.ParagraphId;
import se.paragraf.ui.delegation.DelegationViewModel;
import se.paragraf.ui.importing.FolderImportViewModel;
import se.paragraf.ui.importing.ImportWizardViewModel;
import se.paragraf.ui.lifecycle.LifecycleViewModel;
import se.paragraf.ui.meeting.MeetingViewModel;
import se.paragraf.ui.preview.MinutesPreviewViewModel;
import se.paragraf.ui.meetings.MeetingsViewModel;
import se.paragraf.ui.search.SearchViewModel;
import se.paragraf.ui.settings.SettingsViewModel;
import se.paragraf.ui.plan.PlanViewModel;
import se.paragraf.ui.watch.WatchListViewModel;
import se.paragraf.ui.task.BackgroundActivity;
import se.paragraf.ui.task.TaskExecutor;
import se.paragraf.ui.workbench.WorkbenchViewModel;

/** The main window's state: the selected section, the screens' models and the status bar. */
public final class MainViewModel {
    private final ObjectProperty<Section> section = new SimpleObjectProperty<>(Section.MEETINGS);
    private final MeetingsViewModel meetings;
    private final MeetingViewModel meeting;
    private final MinutesPreviewViewModel preview;
    private final ReadOnlyBooleanWrapper meetingOpen = new ReadOnlyBooleanWrapper(false);
    private final WorkbenchViewModel minutesEditor;
    private final ReadOnlyBooleanWrapper editorOpen = new ReadOnlyBooleanWrapper(false);
    private final SettingsViewModel settings;
    private final DelegationViewModel delegation;
    private final PlanViewModel plan;
    private final WatchListViewModel watchList;
    private final ImportWizardViewModel importWizard;
    private final FolderImportViewModel folderImport;
    private final ObjectProperty<ImportPage> importPage = new SimpleObjectProperty<>(ImportPage.NONE);
    private final SearchViewModel search;
    private final DemoOffer demoOffer;
    private final BoardsViewModel boards;
    private final MeetingFormViewModel meetingForm;
    private final PhraseLibraryViewModel phrases;
    private final ObjectProperty<WorkbenchPage> workbenchPage = new SimpleObjectProperty<>(WorkbenchPage.NONE);
    private WorkbenchPage returnTo = WorkbenchPage.NONE;
    private final TaskExecutor executor;
    private final String archiveLocation;

    private final se.paragraf.application.audit.VerifyArchive verifyArchive;
    private final javafx.beans.property.ReadOnlyStringWrapper recordWarning =
            new javafx.beans.property.ReadOnlyStringWrapper("");
    private java.util.List<String> recordProblems = java.util.List.of();

    public MainViewModel(Services services, TaskExecutor executor, String archiveLocation) {
        this.executor = executor;
        this.verifyArchive = services.verifyArchive();
        this.archiveLocation = archiveLocation;
        this.meetings = new MeetingsViewModel(services.listMeetings(), executor);
        this.meeting = new MeetingViewModel(services.showMeeting(), services.showParagraph(), executor)
                .withLifecycle(new LifecycleViewModel(services, executor, java.time.Clock.systemDefaultZone()));
        this.preview = new MinutesPreviewViewModel(services.renderMinutes(), executor);
        meetings.onOpen(this::openMeeting);
        meetings.onImport(this::importFile, this::importFolder);
        this.importWizard = new ImportWizardViewModel(services.previewImport(), services.importProtocol(), executor);
        importWizard.onSaved(id -> {
            reload();
            openMeeting(id);
        });
        importWizard.onCancelled(() -> importPage.set(ImportPage.NONE));
        this.folderImport = new FolderImportViewModel(services.importFolder(), executor);
        folderImport.onClosed(() -> importPage.set(ImportPage.NONE));
        this.search = new SearchViewModel(services.searchParagraphs(), services.exportSearchResults(),
                services.renderMinutes(), executor);
        search.onOpen(this::openParagraph);
        this.settings = new SettingsViewModel(services.describeArchive(), executor);
        this.delegation = new DelegationViewModel(services, executor);
        this.plan = new PlanViewModel(services.managePlans(), services.linkGoals(), services.reportFollowUp(), executor);
        this.watchList = new WatchListViewModel(services.manageAssignments(), services.scheduleReportBack(), executor);
        folderImport.onFinished(this::reload);
        this.demoOffer = new DemoOffer(services.describeArchive(), services.createDemoArchive(), executor);
        this.minutesEditor = WorkbenchViewModel.forWindow(services, executor);
        this.boards = new BoardsViewModel(services.manageBoards(), executor);
        this.meetingForm = new MeetingFormViewModel(services.manageBoards(), services.planMeeting(),
                services.recordAttendance(), services.validateMeeting(), executor);
        this.phrases = new PhraseLibraryViewModel(services.editPhraseLibrary(), services.manageBoards(), executor);
        boards.onNavigate(this::showPhrases, this::newMeeting, this::closeWorkbench, this::reload);
        meetingForm.onNavigate(this::closeWorkbench, meetings::load);
        phrases.onClose(this::closeWorkbench);
        meetings.onWorkbench(this::showBoards, this::newMeeting, this::editMeeting);
    }

    /** Loads every screen's data and, on an empty archive, asks whether to create the demo. */
    public void start(Confirmation user) {
        reload();
        demoOffer.offerIfEmpty(user, this::reload);
        checkRecords();
    }

    /**
     * {@code verify --all} in the background at every start (ADR 0018): when a justerat protocol
     * no longer matches its sealed record, the status bar says so until the window closes.
     */
    void checkRecords() {
        se.paragraf.ui.task.BackgroundTask.wrap(Messages.get("records.task.check"), verifyArchive::verifyAll)
                .onSuccess(v -> {
                    recordProblems = java.util.List.copyOf(v.problems());
                    recordWarning.set(v.isValid() ? "" : Messages.get("records.warning", v.problems().size(),
                            v.problems().get(0)));
                })
                .onFailure(e -> {
                    recordProblems = java.util.List.of(e.getMessage());
                    recordWarning.set(Messages.get("records.failed", e.getMessage()));
                })
                .executeWith(executor);
    }

    /** Everything the start-up check found, one line each, for the details dialog. */
    public String recordProblems() {
        return String.join(System.lineSeparator() + System.lineSeparator(), recordProblems);
    }

    /** Empty while every sealed record holds; else what the start-up check found, in Swedish. */
    public javafx.beans.property.ReadOnlyStringProperty recordWarningProperty() {
        return recordWarning.getReadOnlyProperty();
    }

    public void reload() {
        meetings.load();
        settings.load();
        search.loadChoices();
        delegation.loadBoards();
    }

    /** The printed minutes beside the open meeting. */
    public MinutesPreviewViewModel preview() {
        return preview;
    }

    public ObjectProperty<Section> sectionProperty() {
        return section;
    }

    public void select(Section target) {
        section.set(target);
    }

    /** Shows the meeting's protocol in place of the Sammanträden list, its first § selected. */
    public void openMeeting(MeetingId id) {
        meeting.open(id);
        showMeeting();
    }

    /**
     * Opens a paragraph directly, e.g. a search hit: shows its meeting under Sammanträden with
     * that § selected, whichever section was shown before. The meeting is read in the
     * background; an id no longer in the archive shows a polite "not found" in the meeting view.
     * Call on the FX thread.
     */
    public void openParagraph(ParagraphId id) {
        meeting.openParagraph(id);
        showMeeting();
    }

    /**
     * Opens the import wizard on a protocol file under Sammanträden; the file is read in the
     * background. This is also how tests get past the system's file dialog.
     */
    public void importFile(Path file) {
        importWizard.open(file);
        workbenchPage.set(WorkbenchPage.NONE);
        select(Section.MEETINGS);
        importPage.set(ImportPage.WIZARD);
    }

    /** Imports every protocol in the folder in the background, unless a batch is already running. */
    public void importFolder(Path folder) {
        folderImport.start(folder);
        workbenchPage.set(WorkbenchPage.NONE);
        select(Section.MEETINGS);
        importPage.set(ImportPage.FOLDER);
    }

    /** Which import page, if any, Sammanträden shows in place of the list or a meeting. */
    public ReadOnlyObjectProperty<ImportPage> importPageProperty() {
        return importPage;
    }

    public ImportWizardViewModel importWizard() {
        return importWizard;
    }

    public FolderImportViewModel folderImport() {
        return folderImport;
    }

    /** Nämnder och ledamöter, under Sammanträden. */
    public void showBoards() {
        boards.load();
        showWorkbench(WorkbenchPage.BOARDS);
    }

    /** A new meeting for the board (or the first board when null), under Sammanträden. */
    public void newMeeting(BoardId board) {
        meetingForm.startNew(board);
        showWorkbench(WorkbenchPage.MEETING_FORM);
    }

    /** The data, officers and attendance of a stored meeting. */
    public void editMeeting(MeetingId id) {
        meetingForm.open(id);
        showWorkbench(WorkbenchPage.MEETING_FORM);
    }

    public void showPhrases(BoardId board) {
        phrases.open(board);
        showWorkbench(WorkbenchPage.PHRASES);
    }

    private void showWorkbench(WorkbenchPage page) {
        editorOpen.set(false);
        WorkbenchPage current = workbenchPage.get();
        returnTo = current == WorkbenchPage.BOARDS && page != WorkbenchPage.BOARDS ? WorkbenchPage.BOARDS : WorkbenchPage.NONE;
        importPage.set(ImportPage.NONE);
        select(Section.MEETINGS);
        workbenchPage.set(page);
    }

    /** Back from an editing page: to Nämnder och ledamöter when it was opened from there, else to the list. */
    public void closeWorkbench() {
        WorkbenchPage back = returnTo;
        returnTo = WorkbenchPage.NONE;
        if (back == WorkbenchPage.BOARDS) {
            boards.load();
        }
        workbenchPage.set(back);
    }

    /** Which editing page, if any, Sammanträden shows in place of the list or a meeting. */
    public ReadOnlyObjectProperty<WorkbenchPage> workbenchPageProperty() {
        return workbenchPage;
    }

    public BoardsViewModel boards() {
        return boards;
    }

    public MeetingFormViewModel meetingForm() {
        return meetingForm;
    }

    public PhraseLibraryViewModel phrases() {
        return phrases;
    }

    /** Back from a meeting to the Sammanträden list. */
    public void closeMeeting() {
        editorOpen.set(false);
        meetingOpen.set(false);
    }

    /** The meeting shown goes into the minutes editor: agenda and § editor. */
    public void openEditor() {
        MeetingId id = meeting.meetingProperty().get();
        if (id != null) {
            openEditor(id);
        }
    }

    public void openEditor(MeetingId id) {
        minutesEditor.open(id);
        showMeeting();
        editorOpen.set(true);
    }

    /** Back from the minutes editor to the meeting as read, read again since it has changed. */
    public void closeEditor() {
        MeetingId id = minutesEditor.meeting();
        editorOpen.set(false);
        if (id != null) {
            meeting.open(id);
        }
        meetings.load();
    }

    /** True while Sammanträden shows a meeting's agenda and § editor. */
    public ReadOnlyBooleanProperty editorOpenProperty() {
        return editorOpen.getReadOnlyProperty();
    }

    public WorkbenchViewModel minutesEditor() {
        return minutesEditor;
    }

    private void showMeeting() {
        editorOpen.set(false);
        importPage.set(ImportPage.NONE);
        workbenchPage.set(WorkbenchPage.NONE);
        select(Section.MEETINGS);
        meetingOpen.set(true);
    }

    /** True while Sammanträden shows one meeting rather than the list. */
    public ReadOnlyBooleanProperty meetingOpenProperty() {
        return meetingOpen.getReadOnlyProperty();
    }

    public MeetingViewModel meeting() {
        return meeting;
    }

    public MeetingsViewModel meetings() {
        return meetings;
    }

    public SearchViewModel search() {
        return search;
    }

    public PlanViewModel plan() {
        return plan;
    }

    public WatchListViewModel watchList() {
        return watchList;
    }

    public SettingsViewModel settings() {
        return settings;
    }

    public BackgroundActivity activity() {
        return executor.activity();
    }

    public String archiveLocation() {
        return archiveLocation;
    }

    public DelegationViewModel delegation() {
        return delegation;
    }
}
