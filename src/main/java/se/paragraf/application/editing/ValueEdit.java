package se.paragraf.application.editing;

import java.util.function.Consumer;
import se.paragraf.domain.shared.Require;

/**
 * The usual edit of an immutable aggregate: store {@code after} to do, {@code before} to undo.
 * The view model shows {@link #after()} after executing and {@link #before()} after undoing.
 */
public record ValueEdit<T>(String description, T before, T after, Consumer<T> store) implements Edit {
    public ValueEdit {
        description = Require.text(description, "Beskrivningen");
        Require.present(before, "Värdet före");
        Require.present(after, "Värdet efter");
        Require.present(store, "Lagring");
    }

    @Override
    public void execute() {
        store.accept(after);
    }

    @Override
    public void undo() {
        store.accept(before);
    }
}
