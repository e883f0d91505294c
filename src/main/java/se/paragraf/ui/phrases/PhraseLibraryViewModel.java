package se.paragraf.ui.phrases;

import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import se.paragraf.application.board.ManageBoards;
import se.paragraf.application.editing.Edit;
import se.paragraf.application.editing.EditPhraseLibrary;
import se.paragraf.application.editing.ValueEdit;
import se.paragraf.domain.board.Board;
import se.paragraf.domain.board.BoardId;
import se.paragraf.domain.phrase.Phrase;
import se.paragraf.domain.phrase.PhraseKind;
import se.paragraf.domain.phrase.PhraseLibrary;
import se.paragraf.ui.Messages;
import se.paragraf.ui.task.BackgroundTask;
import se.paragraf.ui.task.EditRunner;
import se.paragraf.ui.task.TaskExecutor;

/**
 * Fraser: one board's standard clauses and formulas, each saved at once as an undoable edit.
 * Selecting a phrase puts it in the form; saving with the same abbreviation replaces it.
 */
public final class PhraseLibraryViewModel {
    private final EditPhraseLibrary editPhraseLibrary;
    private final ManageBoards manageBoards;
    private final TaskExecutor executor;
    private final EditRunner edits;
    private final ObservableList<Board> boards = FXCollections.observableArrayList();
    private final ObjectProperty<Board> board = new SimpleObjectProperty<>();
    private final ObservableList<Phrase> phrases = FXCollections.observableArrayList();
    private final StringProperty abbreviation = new SimpleStringProperty("");
    private final ObjectProperty<PhraseKind> kind = new SimpleObjectProperty<>(PhraseKind.CLAUSE);
    private final StringProperty text = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private PhraseLibrary library;
    private Runnable closer = () -> { };

    public PhraseLibraryViewModel(EditPhraseLibrary editPhraseLibrary, ManageBoards manageBoards, TaskExecutor executor) {
        this.editPhraseLibrary = editPhraseLibrary;
        this.manageBoards = manageBoards;
        this.executor = executor;
        this.edits = new EditRunner(executor, Messages.get("phrases.task.save"), failure -> {
            status.set(failure.getMessage());
            Optional.ofNullable(board.get()).ifPresent(this::load);
        });
        board.addListener((observable, previous, chosen) -> {
            if (chosen != null && (previous == null || !previous.id().equals(chosen.id()))) {
                edits.clear();
                load(chosen);
            }
        });
    }

    /** Shows the library of {@code shown}, or of the first board when none is given. */
    public void open(BoardId shown) {
        BackgroundTask.wrap(Messages.get("phrases.task.boards"), manageBoards::boards)
                .onSuccess(all -> {
                    boards.setAll(all);
                    Board chosen = all.stream().filter(b -> b.id().equals(shown)).findFirst()
                            .orElse(all.isEmpty() ? null : all.get(0));
                    if (chosen != null && chosen.equals(board.get())) {
                        load(chosen);
                    }
                    board.set(chosen);
                    if (all.isEmpty()) {
                        phrases.clear();
                        status.set(Messages.get("phrases.noBoards"));
                    }
                })
                .onFailure(failure -> status.set(failure.getMessage()))
                .executeWith(executor);
    }

    private void load(Board shown) {
        BackgroundTask.wrap(Messages.get("phrases.task.load"), () -> editPhraseLibrary.load(shown.id()))
                .onSuccess(loaded -> {
                    if (shown.equals(board.get())) {
                        show(loaded);
                    }
                })
                .onFailure(failure -> status.set(failure.getMessage()))
                .executeWith(executor);
    }

    private void show(PhraseLibrary shown) {
        library = shown;
        phrases.setAll(shown.phrases());
    }

    /** Puts the phrase in the form, to be changed and saved again. */
    public void select(Phrase phrase) {
        if (phrase != null) {
            abbreviation.set(phrase.abbreviation());
            kind.set(phrase.kind());
            text.set(phrase.text());
        }
    }

    public void clearForm() {
        abbreviation.set("");
        kind.set(PhraseKind.CLAUSE);
        text.set("");
    }

    /** What keeps the form from being saved (an empty field, a space in the abbreviation, an unknown placeholder). */
    public Optional<String> problem() {
        if (abbreviation.get() == null || abbreviation.get().isBlank() || text.get() == null || text.get().isBlank()) {
            return Optional.of(Messages.get("phrases.problem.empty"));
        }
        try {
            new Phrase(abbreviation.get(), kind.get(), text.get());
            return Optional.empty();
        } catch (RuntimeException e) {
            return Optional.of(e.getMessage());
        }
    }

    /** Adds the phrase, or replaces the one with the same abbreviation. */
    public void save() {
        Optional<String> problem = problem();
        if (problem.isPresent() || library == null) {
            status.set(problem.orElse(Messages.get("phrases.noBoards")));
            return;
        }
        Phrase phrase = new Phrase(abbreviation.get(), kind.get(), text.get());
        boolean replacing = library.find(phrase.abbreviation()).isPresent();
        change(replacing ? Messages.get("phrases.edit.change", phrase.abbreviation())
                        : Messages.get("phrases.edit.add", phrase.abbreviation()),
                library.with(phrase));
        clearForm();
    }

    public void remove(Phrase phrase) {
        if (phrase != null && library != null) {
            change(Messages.get("phrases.edit.remove", phrase.abbreviation()), library.without(phrase.abbreviation()));
        }
    }

    private void change(String description, PhraseLibrary after) {
        ValueEdit<PhraseLibrary> edit = new ValueEdit<>(description, library, after, editPhraseLibrary::save);
        show(after);
        edits.execute(edit, this::applied);
    }

    public void undo() {
        edits.undo(this::applied);
    }

    public void redo() {
        edits.redo(this::applied);
    }

    private void applied(Edit edit, boolean stands) {
        if (edit instanceof ValueEdit<?> value && (stands ? value.after() : value.before()) instanceof PhraseLibrary shown
                && board.get() != null && shown.board().equals(board.get().id())) {
            show(shown);
        }
        status.set(stands ? Messages.get("phrases.saved", edit.description())
                : Messages.get("phrases.undone", edit.description()));
    }

    public void onClose(Runnable back) {
        this.closer = Objects.requireNonNull(back);
    }

    public void close() {
        closer.run();
    }

    public EditRunner edits() {
        return edits;
    }

    public ObservableList<Board> boards() {
        return boards;
    }

    public ObjectProperty<Board> boardProperty() {
        return board;
    }

    public ObservableList<Phrase> phrases() {
        return phrases;
    }

    public StringProperty abbreviationProperty() {
        return abbreviation;
    }

    public ObjectProperty<PhraseKind> kindProperty() {
        return kind;
    }

    public StringProperty textProperty() {
        return text;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
