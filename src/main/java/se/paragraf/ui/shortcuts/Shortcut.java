package se.paragraf.ui.shortcuts;

import java.util.Objects;
import javafx.scene.input.KeyCombination;

/**
 * One keyboard shortcut as the help overlay lists it: the screen it belongs to ("Sammanträden"),
 * the key combination and what it does, all in Swedish. {@code keys} overrides the combination's
 * own display text for keys that are not one combination ("Pil upp/ned", "Alt+Pil upp").
 */
public record Shortcut(String screen, KeyCombination combination, String keys, String action) {
    public Shortcut {
        Objects.requireNonNull(screen);
        Objects.requireNonNull(action);
        if (combination == null && keys == null) {
            throw new IllegalArgumentException("A shortcut needs a combination or a key text");
        }
    }

    public static Shortcut of(String screen, KeyCombination combination, String action) {
        return new Shortcut(screen, combination, null, action);
    }

    /** Keys that are not a single combination, e.g. a list's arrow keys. */
    public static Shortcut described(String screen, String keys, String action) {
        return new Shortcut(screen, null, keys, action);
    }

    /** "Ctrl+Z" on Windows and Linux, "⌘Z" on macOS; the Enter key by name rather than JavaFX's arrow symbol. */
    public String keyText() {
        return keys != null ? keys : combination.getDisplayText().replace("\u21B5", "Enter").replace("Escape", "Esc");
    }
}
