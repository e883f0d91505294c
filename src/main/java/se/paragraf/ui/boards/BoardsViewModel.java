package se.paragraf.ui.boards;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import se.paragraf.application.board.ManageBoards;
import se.paragraf.domain.board.Board;
import se.paragraf.domain.board.BoardId;
import se.paragraf.domain.board.BoardKind;
import se.paragraf.ui.Messages;
import se.paragraf.ui.task.BackgroundTask;
import se.paragraf.ui.task.TaskExecutor;

/**
 * Nämnder och ledamöter: the boards by kind with utskott under their board, a form that creates
 * or changes the selected board, and the selected board's roll ({@link RollViewModel}).
 */
public final class BoardsViewModel {
    private final ManageBoards manageBoards;
    private final TaskExecutor executor;
    private final ObservableList<BoardRow> boards = FXCollections.observableArrayList();
    private final ObservableList<Board> parents = FXCollections.observableArrayList();
    private final ObjectProperty<BoardRow> selected = new SimpleObjectProperty<>();
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<BoardKind> kind = new SimpleObjectProperty<>(BoardKind.BOARD);
    private final ObjectProperty<Board> parent = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> adjusterCount = new SimpleObjectProperty<>(1);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final RollViewModel roll;
    private Consumer<BoardId> phrasesOpener = board -> { };
    private Consumer<BoardId> meetingCreator = board -> { };
    private Runnable closer = () -> { };
    private Runnable changed = () -> { };

    public BoardsViewModel(ManageBoards manageBoards, TaskExecutor executor) {
        this.manageBoards = manageBoards;
        this.executor = executor;
        this.roll = new RollViewModel(manageBoards, executor, status::set);
        selected.addListener((observable, previous, row) -> showBoard(row));
    }

    public void load() {
        load(null);
    }

    private void load(BoardId select) {
        BackgroundTask.wrap(Messages.get("boards.task.load"), manageBoards::boards)
                .onSuccess(all -> {
                    BoardId keep = select != null ? select
                            : Optional.ofNullable(selected.get()).map(r -> r.board().id()).orElse(null);
                    boards.setAll(BoardRow.ordered(all));
                    parents.setAll(all.stream().filter(b -> b.kind() != BoardKind.COMMITTEE)
                            .sorted(java.util.Comparator.comparing(Board::name)).toList());
                    selected.set(boards.stream().filter(r -> r.board().id().equals(keep)).findFirst()
                            .orElse(boards.isEmpty() ? null : boards.get(0)));
                })
                .onFailure(failure -> status.set(failure.getMessage()))
                .executeWith(executor);
    }

    private void showBoard(BoardRow row) {
        if (row == null) {
            roll.show(null);
            return;
        }
        Board board = row.board();
        name.set(board.name());
        kind.set(board.kind());
        parent.set(parents.stream().filter(p -> p.id().equals(board.parent())).findFirst().orElse(null));
        adjusterCount.set(board.adjusterCount());
        roll.show(board.id());
    }

    /** Empties the form for a new board; the roll stays on the board selected until the new one is saved. */
    public void newBoard() {
        selected.set(null);
        name.set("");
        kind.set(BoardKind.BOARD);
        parent.set(null);
        adjusterCount.set(1);
        status.set(Messages.get("boards.newHint"));
    }

    /** What keeps the form from being saved, in Swedish; shown beside the field, never blocking the typing. */
    public Optional<String> nameProblem() {
        String typed = name.get() == null ? "" : name.get().strip();
        if (typed.isEmpty()) {
            return Optional.of(Messages.get("boards.problem.noName"));
        }
        BoardId own = selected.get() == null ? null : selected.get().board().id();
        boolean taken = boards.stream().anyMatch(r -> r.board().name().equalsIgnoreCase(typed) && !r.board().id().equals(own));
        return taken ? Optional.of(Messages.get("boards.problem.nameTaken", typed)) : Optional.empty();
    }

    public Optional<String> parentProblem() {
        if (kind.get() == BoardKind.COMMITTEE && parent.get() == null) {
            return Optional.of(Messages.get("boards.problem.noParent"));
        }
        return Optional.empty();
    }

    /** Creates the board, or saves the selected one's new name, kind, parent and number of justerare. */
    public void saveBoard() {
        Optional<String> problem = nameProblem().or(this::parentProblem);
        if (problem.isPresent()) {
            status.set(problem.get());
            return;
        }
        String typed = name.get().strip();
        BoardId parentId = kind.get() == BoardKind.COMMITTEE ? parent.get().id() : null;
        int count = adjusterCount.get() == null ? 1 : adjusterCount.get();
        BoardRow editing = selected.get();
        BackgroundTask.wrap(Messages.get("boards.task.save"), () -> {
                    if (editing == null) {
                        return manageBoards.createBoard(typed, kind.get(), parentId, count);
                    }
                    Board changedBoard = new Board(editing.board().id(), typed, kind.get(), parentId, count);
                    manageBoards.updateBoard(changedBoard);
                    return changedBoard;
                })
                .onSuccess(board -> {
                    status.set(editing == null ? Messages.get("boards.created", board.name())
                            : Messages.get("boards.saved", board.name()));
                    load(board.id());
                    changed.run();
                })
                .onFailure(failure -> status.set(failure.getMessage()))
                .executeWith(executor);
    }

    public void openPhrases() {
        Optional.ofNullable(selected.get()).ifPresent(row -> phrasesOpener.accept(row.board().id()));
    }

    public void newMeeting() {
        Optional.ofNullable(selected.get()).ifPresent(row -> meetingCreator.accept(row.board().id()));
    }

    public void close() {
        closer.run();
    }

    /** The main window's hooks: phrases and a new meeting for the selected board, back to Sammanträden, and a board saved. */
    public void onNavigate(Consumer<BoardId> phrases, Consumer<BoardId> newMeeting, Runnable back, Runnable boardsChanged) {
        this.phrasesOpener = Objects.requireNonNull(phrases);
        this.meetingCreator = Objects.requireNonNull(newMeeting);
        this.closer = Objects.requireNonNull(back);
        this.changed = Objects.requireNonNull(boardsChanged);
    }

    public ObservableList<BoardRow> boards() {
        return boards;
    }

    /** The boards an utskott can belong to. */
    public ObservableList<Board> parents() {
        return parents;
    }

    public ObjectProperty<BoardRow> selectedProperty() {
        return selected;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<BoardKind> kindProperty() {
        return kind;
    }

    public ObjectProperty<Board> parentProperty() {
        return parent;
    }

    public ObjectProperty<Integer> adjusterCountProperty() {
        return adjusterCount;
    }

    /** The last thing that happened or went wrong, in Swedish. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public RollViewModel roll() {
        return roll;
    }
}
