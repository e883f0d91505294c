package se.paragraf.ui.workbench;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import se.paragraf.ui.Messages;

/**
 * Every shortcut of the agenda and the § editor, in one place, so that the shortcut help
 * overlay can list them. Ctrl is Cmd on macOS (SHORTCUT).
 */
public enum WorkbenchShortcut {
    UNDO(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN)),
    REDO(new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN)),
    REDO_ALTERNATIVE(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN)),
    SAVE_NOW(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN)),
    PREVIOUS_PARAGRAPH(new KeyCodeCombination(KeyCode.PAGE_UP, KeyCombination.SHORTCUT_DOWN)),
    NEXT_PARAGRAPH(new KeyCodeCombination(KeyCode.PAGE_DOWN, KeyCombination.SHORTCUT_DOWN)),
    AGENDA_NEW_ITEM(new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN)),
    AGENDA_MOVE_UP(new KeyCodeCombination(KeyCode.UP, KeyCombination.ALT_DOWN)),
    AGENDA_MOVE_DOWN(new KeyCodeCombination(KeyCode.DOWN, KeyCombination.ALT_DOWN)),
    AGENDA_REMOVE(new KeyCodeCombination(KeyCode.DELETE)),
    AGENDA_NUMBER(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN)),
    ADD_SECTION(new KeyCodeCombination(KeyCode.M, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN)),
    ADD_BLOCK(new KeyCodeCombination(KeyCode.B, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN)),
    ADD_CLAUSE(new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN)),
    INSERT_PHRASE(new KeyCodeCombination(KeyCode.SPACE, KeyCombination.SHORTCUT_DOWN)),
    ADD_MOTION(new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN)),
    ADD_VOTE(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN)),
    ADD_DISSENT(new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN)),
    ADD_STATEMENT(new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN)),
    ADD_DISQUALIFICATION(new KeyCodeCombination(KeyCode.J, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN)),
    ATTACH_FILE(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN)),
    SIDE_PANE_NEXT(new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));

    private final KeyCombination keys;

    WorkbenchShortcut(KeyCombination keys) {
        this.keys = keys;
    }

    public KeyCombination keys() {
        return keys;
    }

    public boolean matches(KeyEvent event) {
        return keys.match(event);
    }

    /** "Ctrl+Skift+R" as the help overlay and tooltips show it. */
    public String display() {
        return keys.getDisplayText();
    }

    /** What the shortcut does, in Swedish, for the help overlay. */
    public String description() {
        return switch (this) {
            case UNDO -> Messages.get("editor.shortcut.undo");
            case REDO, REDO_ALTERNATIVE -> Messages.get("editor.shortcut.redo");
            case SAVE_NOW -> Messages.get("editor.shortcut.save");
            case PREVIOUS_PARAGRAPH -> Messages.get("editor.shortcut.previous");
            case NEXT_PARAGRAPH -> Messages.get("editor.shortcut.next");
            case AGENDA_NEW_ITEM -> Messages.get("agenda.shortcut.new");
            case AGENDA_MOVE_UP -> Messages.get("agenda.shortcut.up");
            case AGENDA_MOVE_DOWN -> Messages.get("agenda.shortcut.down");
            case AGENDA_REMOVE -> Messages.get("agenda.shortcut.remove");
            case AGENDA_NUMBER -> Messages.get("agenda.shortcut.number");
            case ADD_SECTION -> Messages.get("editor.shortcut.section");
            case ADD_BLOCK -> Messages.get("editor.shortcut.block");
            case ADD_CLAUSE -> Messages.get("editor.shortcut.clause");
            case INSERT_PHRASE -> Messages.get("editor.shortcut.phrase");
            case ADD_MOTION -> Messages.get("editor.shortcut.motion");
            case ADD_VOTE -> Messages.get("editor.shortcut.vote");
            case ADD_DISSENT -> Messages.get("editor.shortcut.dissent");
            case ADD_STATEMENT -> Messages.get("editor.shortcut.statement");
            case ADD_DISQUALIFICATION -> Messages.get("editor.shortcut.jav");
            case ATTACH_FILE -> Messages.get("editor.shortcut.attach");
            case SIDE_PANE_NEXT -> Messages.get("sidepane.shortcut.next");
        };
    }
}
