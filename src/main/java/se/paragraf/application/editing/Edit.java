package se.paragraf.application.editing;

/**
 * One undoable change, as a command object: it knows the value before and after and how to
 * store either. {@code description} is for the Edit menu ("Lägg till att-sats", shown as
 * "Ångra Lägg till att-sats").
 */
public interface Edit {
    String description();

    void execute();

    void undo();

    /** Doing it again after an undo; the same as executing unless an edit must differ. */
    default void redo() {
        execute();
    }
}
