package se.paragraf.ui.meetings;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import se.paragraf.application.archive.BoardMeetings;
import se.paragraf.application.archive.ListMeetings;
import se.paragraf.domain.board.BoardId;
import se.paragraf.domain.meeting.MeetingId;
import se.paragraf.ui.Messages;
import se.paragraf.ui.task.BackgroundTask;
import se.paragraf.ui.task.TaskExecutor;

/** The boards and their meetings, read from the archive in the background. */
public final class MeetingsViewModel {
    private final ListMeetings listMeetings;
    private final TaskExecutor executor;
    private final ObservableList<BoardItem> boards = FXCollections.observableArrayList();
    private final ObservableList<BoardItem> readOnlyBoards = FXCollections.unmodifiableObservableList(boards);
    private Consumer<MeetingId> opener = meeting -> { };
    private Consumer<Path> fileImporter = file -> { };
    private Consumer<Path> folderImporter = folder -> { };
    private Runnable boardsOpener = () -> { };
    private Consumer<BoardId> meetingCreator = board -> { };
    private Consumer<MeetingId> meetingEditor = meeting -> { };
    private long loads;
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper placeholder = new ReadOnlyStringWrapper(Messages.get("meetings.loading"));

    public MeetingsViewModel(ListMeetings listMeetings, TaskExecutor executor) {
        this.listMeetings = listMeetings;
        this.executor = executor;
    }

    /**
     * Shows boards and meetings first and their §§ a moment later: counting the §§ reads every
     * paragraph row, about a second in a large archive, and the list is usable without them.
     */
    public void load() {
        // Loads may overlap (start-up and right after the demo is created); only the newest may show.
        long generation = ++loads;
        loading.set(true);
        placeholder.set(Messages.get("meetings.loading"));
        BackgroundTask.wrap(Messages.get("meetings.task.load"), listMeetings::meetings)
                .onSuccess(meetings -> {
                    if (generation == loads) {
                        showCounting(meetings);
                        countParagraphs(generation, meetings);
                    }
                })
                .onFailure(failure -> failed(generation, failure))
                .executeWith(executor);
    }

    private void countParagraphs(long generation, List<BoardMeetings> meetings) {
        BackgroundTask.wrap(Messages.get("meetings.task.count"), listMeetings::spans)
                .onSuccess(spans -> {
                    if (generation == loads) {
                        boards.setAll(meetings.stream().map(board -> BoardItem.of(board.withSpans(spans))).toList());
                        loading.set(false);
                    }
                })
                .onFailure(failure -> failed(generation, failure))
                .executeWith(executor);
    }

    private void showCounting(List<BoardMeetings> meetings) {
        boards.setAll(meetings.stream().map(BoardItem::counting).toList());
        placeholder.set(Messages.get("meetings.empty"));
    }

    private void failed(long generation, Exception failure) {
        if (generation == loads) {
            loading.set(false);
            placeholder.set(Messages.get("meetings.failed", failure.getMessage()));
        }
    }

    /** Who opens a meeting chosen in the list: the main window, which shows it in place of the list. */
    public void onOpen(Consumer<MeetingId> meetingOpener) {
        this.opener = Objects.requireNonNull(meetingOpener);
    }

    /** Opens the row's meeting; a board's row opens nothing. */
    public void open(MeetingsRow row) {
        if (row != null) {
            row.meeting().ifPresent(opener);
        }
    }

    /** Who imports a chosen protocol file or folder: the main window, which shows the wizard or the batch. */
    public void onImport(Consumer<Path> protocolFileImporter, Consumer<Path> protocolFolderImporter) {
        this.fileImporter = Objects.requireNonNull(protocolFileImporter);
        this.folderImporter = Objects.requireNonNull(protocolFolderImporter);
    }

    /** The main window's editing pages: Nämnder och ledamöter, a new meeting, a meeting's data and attendance. */
    public void onWorkbench(Runnable boards, Consumer<BoardId> newMeeting, Consumer<MeetingId> editMeeting) {
        this.boardsOpener = Objects.requireNonNull(boards);
        this.meetingCreator = Objects.requireNonNull(newMeeting);
        this.meetingEditor = Objects.requireNonNull(editMeeting);
    }

    public void openBoards() {
        boardsOpener.run();
    }

    /** A new meeting for the board of the selected row; null lets the form choose. */
    public void newMeeting(BoardId board) {
        meetingCreator.accept(board);
    }

    /** The data and attendance of the row's meeting; a board's row starts a new meeting for it. */
    public void edit(MeetingsRow row, BoardId board) {
        if (row != null && row.meeting().isPresent()) {
            meetingEditor.accept(row.meeting().get());
        } else {
            meetingCreator.accept(board);
        }
    }

    public void importFile(Path file) {
        fileImporter.accept(file);
    }

    public void importFolder(Path folder) {
        folderImporter.accept(folder);
    }

    public ObservableList<BoardItem> boards() {
        return readOnlyBoards;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** What the tree shows while it has no rows: loading, empty archive, or why loading failed. */
    public ReadOnlyStringProperty placeholderProperty() {
        return placeholder.getReadOnlyProperty();
    }
}
