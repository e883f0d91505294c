package se.paragraf.ui;

import javafx.scene.control.ListView;

/** Keeps a list's selection on the view model's index, with a few rows of context above it. */
public final class ListSelection {
    private static final int CONTEXT_ROWS = 3;

    private ListSelection() {
    }

    /** -1 clears the selection; scrolling happens only when the selection moves, not on every refresh. */
    public static void follow(ListView<?> list, int index) {
        if (index < 0) {
            list.getSelectionModel().clearSelection();
            return;
        }
        if (list.getSelectionModel().getSelectedIndex() != index) {
            list.getSelectionModel().select(index);
            list.scrollTo(Math.max(0, index - CONTEXT_ROWS));
        }
    }
}
