package se.paragraf.ui.main;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;
import se.paragraf.ui.Messages;

/** The sections of the left navigation, in order; the n:th is reached with Ctrl+n. */
public enum Section {
    MEETINGS(Material2OutlinedAL.EVENT, KeyCode.DIGIT1),
    MATTERS(Material2OutlinedMZ.SEARCH, KeyCode.DIGIT2),
    PLAN(Material2OutlinedMZ.TIMELINE, KeyCode.DIGIT3),
    DELEGATION(Material2OutlinedAL.ACCOUNT_TREE, KeyCode.DIGIT4),
    SETTINGS(Material2OutlinedMZ.SETTINGS, KeyCode.DIGIT5);

    private final Ikon icon;
    private final KeyCode digit;

    Section(Ikon icon, KeyCode digit) {
        this.icon = icon;
        this.digit = digit;
    }

    public Ikon icon() {
        return icon;
    }

    /** Shortcut is Ctrl on Windows and Linux and Cmd on macOS, where Ctrl+digit belongs to the system. */
    public KeyCombination shortcut() {
        return new KeyCodeCombination(digit, KeyCombination.SHORTCUT_DOWN);
    }

    public String title() {
        return switch (this) {
            case MEETINGS -> Messages.get("nav.meetings");
            case MATTERS -> Messages.get("nav.matters");
            case PLAN -> Messages.get("nav.plan");
            case DELEGATION -> Messages.get("nav.delegation");
            case SETTINGS -> Messages.get("nav.settings");
        };
    }
}
