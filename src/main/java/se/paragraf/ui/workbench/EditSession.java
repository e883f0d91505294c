package se.paragraf.ui.workbench;

import java.time.Clock;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import se.paragraf.application.editing.Edit;
import se.paragraf.application.editing.EditHistory;
import se.paragraf.ui.Messages;
import se.paragraf.ui.task.UndoRedoState;
import se.paragraf.ui.task.TaskExecutor;

/**
 * The workbench's one undo history and the queue every write goes through. Agenda and §
 * edits share the history: an agenda edit renumbers §§, so undoing a § edit made before it
 * is only right once the agenda edit has been undone, which one stack guarantees.
 */
public final class EditSession {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final EditHistory history = new EditHistory();
    private final SerialWork work;
    private final Clock clock;
    private final UndoRedoState undoRedo = new UndoRedoState(Messages.get("editor.undo"), Messages.get("editor.redo"));
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(false);
    private final java.util.List<Runnable> savedListeners = new java.util.ArrayList<>();

    public EditSession(TaskExecutor executor, Clock clock) {
        this.work = new SerialWork(executor);
        this.clock = clock;
    }

    /** Makes the edit (it may read the archive) and executes it, off the FX thread; then {@code done}. */
    public void perform(Supplier<? extends Edit> edit, Runnable done) {
        perform(edit, done, failure -> { });
    }

    /**
     * As {@link #perform(Supplier, Runnable)}; when the edit is refused (a justerat protocol, a §
     * someone else saved in between), {@code refused} runs on the FX thread before {@code done},
     * and the edit is not in the history.
     */
    public void perform(Supplier<? extends Edit> edit, Runnable done, Consumer<? super Exception> refused) {
        write(() -> history.execute(edit.get()), done, true, refused);
    }

    /**
     * {@code listener} runs on the FX thread after each stored edit, undo or redo, once the
     * editor has been given the archive's new state (e.g. to render the preview again).
     */
    public void onSaved(Runnable listener) {
        savedListeners.add(listener);
    }

    public void undo(Runnable done) {
        write(() -> {
            if (history.canUndo()) {
                history.undo();
            }
        }, done, true);
    }

    public void redo(Runnable done) {
        write(() -> {
            if (history.canRedo()) {
                history.redo();
            }
        }, done, true);
    }

    /** A read queued behind the writes asked for so far, so it sees them. */
    public <V> void read(String description, Callable<V> read, Consumer<? super V> done, Consumer<? super Exception> failed) {
        work.submit(description, read, done, failed);
    }

    /** Forgets what could be undone: another meeting was opened. */
    public void reset() {
        write(history::clear, () -> status.set(""), false);
    }

    private void write(Runnable change, Runnable done, boolean announce) {
        write(change, done, announce, failure -> { });
    }

    private void write(Runnable change, Runnable done, boolean announce, Consumer<? super Exception> refused) {
        status.set(Messages.get("editor.saving"));
        work.submit(Messages.get("editor.task.save"), () -> {
            change.run();
            return null;
        }, nothing -> {
            failed.set(false);
            status.set(Messages.get("editor.saved", LocalTime.now(clock).format(TIME)));
            afterHistoryChange();
            done.run();
            if (announce) {
                savedListeners.forEach(Runnable::run);
            }
        }, failure -> {
            failed.set(true);
            status.set(Messages.get("editor.saveFailed", failure.getMessage()));
            afterHistoryChange();
            refused.accept(failure);
            done.run();
        });
    }

    /** Read on the FX thread after the write finished: the queue runs nothing else meanwhile. */
    private void afterHistoryChange() {
        undoRedo.update(history);
    }

    /** True when every edit asked for has been stored. */
    public boolean isIdle() {
        return work.isIdle();
    }

    /** What the undo and redo buttons show. */
    public UndoRedoState undoRedo() {
        return undoRedo;
    }

    /** "Sparat 10:42:13", "Sparar …" or why the last change could not be saved. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }
}
