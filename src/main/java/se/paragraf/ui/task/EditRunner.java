package se.paragraf.ui.task;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.function.Consumer;
import se.paragraf.application.editing.Edit;
import se.paragraf.application.editing.EditHistory;

/**
 * Runs a screen's {@link Edit}s through its {@link EditHistory} in the background, one at a time
 * and in the order given (the executor has more than one thread, and an undo must never overtake
 * the edit it undoes). Exposes what Ctrl+Z and Ctrl+Y would do, for menus and tooltips.
 * {@code applied} is called on the FX thread with each edit and whether it now stands
 * (executed or redone) or was taken back (undone), so the screen can show the value.
 */
public final class EditRunner {
    private final EditHistory history = new EditHistory();
    private final TaskExecutor executor;
    private final Deque<Step> queue = new ArrayDeque<>();
    private final UndoRedoState undoRedo = new UndoRedoState("", "");
    private final String description;
    private final Consumer<Exception> onFailure;
    private boolean running;

    /** {@code description} is the status bar's text while an edit is saved ("Sparar sammanträdet …"). */
    public EditRunner(TaskExecutor executor, String description, Consumer<Exception> onFailure) {
        this.executor = Objects.requireNonNull(executor);
        this.description = Objects.requireNonNull(description);
        this.onFailure = Objects.requireNonNull(onFailure);
    }

    /** Called with each edit once it is stored: true when it stands, false when it was undone. */
    public interface Applied {
        void applied(Edit edit, boolean stands);
    }

    private record Step(Kind kind, Edit edit, Applied applied) {
    }

    private enum Kind { EXECUTE, UNDO, REDO }

    public void execute(Edit edit, Applied applied) {
        enqueue(new Step(Kind.EXECUTE, Objects.requireNonNull(edit), applied));
    }

    /** Does nothing when there is nothing to undo. */
    public void undo(Applied applied) {
        enqueue(new Step(Kind.UNDO, null, applied));
    }

    public void redo(Applied applied) {
        enqueue(new Step(Kind.REDO, null, applied));
    }

    /** A new document (another meeting, another board): nothing of the old one can be undone. */
    public void clear() {
        history.clear();
        refresh();
    }

    private void enqueue(Step step) {
        queue.add(step);
        if (!running) {
            next();
        }
    }

    private void next() {
        Step step = queue.poll();
        if (step == null) {
            running = false;
            refresh();
            return;
        }
        running = true;
        BackgroundTask.wrap(description, () -> run(step))
                .onSuccess(edit -> {
                    if (edit != null) {
                        step.applied().applied(edit, step.kind() != Kind.UNDO);
                    }
                    next();
                })
                .onFailure(failure -> {
                    // What follows was meant for a state that was never stored.
                    queue.clear();
                    running = false;
                    refresh();
                    onFailure.accept(failure);
                })
                .executeWith(executor);
    }

    /**
     * In the background: the history is touched by one step at a time only. Undo and redo return
     * the edit the history took back or did again, as {@link Tracked} reports it.
     */
    private Edit run(Step step) {
        touched = null;
        switch (step.kind()) {
            case EXECUTE -> history.execute(new Tracked(step.edit()));
            case UNDO -> {
                if (history.canUndo()) {
                    history.undo();
                }
            }
            case REDO -> {
                if (history.canRedo()) {
                    history.redo();
                }
            }
        }
        return touched;
    }

    private volatile Edit touched;

    /** The screen's edit, reporting to the runner which edit the history has just stored. */
    private final class Tracked implements Edit {
        private final Edit edit;

        Tracked(Edit edit) {
            this.edit = edit;
        }

        @Override
        public String description() {
            return edit.description();
        }

        @Override
        public void execute() {
            edit.execute();
            touched = edit;
        }

        @Override
        public void undo() {
            edit.undo();
            touched = edit;
        }

        @Override
        public void redo() {
            edit.redo();
            touched = edit;
        }
    }

    private void refresh() {
        undoRedo.update(history);
    }

    /** What the undo and redo buttons show. */
    public UndoRedoState undoRedo() {
        return undoRedo;
    }
}
