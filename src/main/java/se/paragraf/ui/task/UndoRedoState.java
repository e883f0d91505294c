package se.paragraf.ui.task;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import se.paragraf.application.editing.EditHistory;

/**
 * What a screen's undo and redo buttons show of its {@link EditHistory}: whether they are enabled
 * and their text ("Ångra Flytta punkt"), or the given plain text when there is nothing to undo.
 * Updated on the FX thread after each stored edit, undo or redo.
 */
public final class UndoRedoState {
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper undoText;
    private final ReadOnlyStringWrapper redoText;
    private final String nothingToUndo;
    private final String nothingToRedo;

    public UndoRedoState(String nothingToUndo, String nothingToRedo) {
        this.nothingToUndo = nothingToUndo;
        this.nothingToRedo = nothingToRedo;
        this.undoText = new ReadOnlyStringWrapper(nothingToUndo);
        this.redoText = new ReadOnlyStringWrapper(nothingToRedo);
    }

    public void update(EditHistory history) {
        canUndo.set(history.canUndo());
        canRedo.set(history.canRedo());
        undoText.set(history.undoDescription().orElse(nothingToUndo));
        redoText.set(history.redoDescription().orElse(nothingToRedo));
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoTextProperty() {
        return redoText.getReadOnlyProperty();
    }
}
