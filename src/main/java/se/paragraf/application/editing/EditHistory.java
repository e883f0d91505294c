package se.paragraf.application.editing;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * The undo and redo stacks of one editor window. Executing a new edit clears what could be
 * redone. No listeners: the view model asks {@link #canUndo()} and the descriptions after each call.
 */
public final class EditHistory {
    private final Deque<Edit> undo = new ArrayDeque<>();
    private final Deque<Edit> redo = new ArrayDeque<>();

    public void execute(Edit edit) {
        edit.execute();
        undo.push(edit);
        redo.clear();
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    /** "Ångra Lägg till att-sats", or empty when there is nothing to undo. */
    public Optional<String> undoDescription() {
        return Optional.ofNullable(undo.peek()).map(e -> "Ångra " + e.description());
    }

    public Optional<String> redoDescription() {
        return Optional.ofNullable(redo.peek()).map(e -> "Gör om " + e.description());
    }

    public void undo() {
        Edit edit = undo.pop();
        edit.undo();
        redo.push(edit);
    }

    public void redo() {
        Edit edit = redo.pop();
        edit.redo();
        undo.push(edit);
    }

    public void clear() {
        undo.clear();
        redo.clear();
    }
}
