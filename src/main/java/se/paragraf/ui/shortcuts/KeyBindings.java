package se.paragraf.ui.shortcuts;

import javafx.scene.Node;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * A screen's own shortcuts: active while the keyboard is anywhere inside the screen, and taken
 * before the focused control sees the key (a text field would otherwise keep Ctrl+Z for itself).
 */
public final class KeyBindings {
    private KeyBindings() {
    }

    public static void bind(Node screen, KeyCombination combination, Runnable action) {
        screen.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (combination.match(event)) {
                event.consume();
                action.run();
            }
        });
    }
}
