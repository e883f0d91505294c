package se.paragraf.ui.shortcuts;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCharacterCombination;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;
import javafx.stage.Window;
import se.paragraf.ui.Messages;

/**
 * The keyboard help: every shortcut of {@link ShortcutRegistry}, grouped by screen, over the
 * window. F1 or Ctrl+/ shows it; Escape, F1 again or a click elsewhere hides it.
 */
public final class ShortcutOverlay {
    public static final KeyCombination HELP = new KeyCodeCombination(KeyCode.F1);
    /** Ctrl+/ as in many editors; a character combination, since "/" is Shift+7 on a Swedish keyboard. */
    public static final KeyCombination HELP_ALTERNATIVE = new KeyCharacterCombination("/", KeyCombination.SHORTCUT_DOWN);

    private final Popup popup = new Popup();

    public ShortcutOverlay(ShortcutRegistry registry) {
        VBox card = new VBox(12);
        card.getStyleClass().add("shortcut-overlay");
        card.setPadding(new Insets(20, 24, 20, 24));
        Label title = new Label(Messages.get("shortcuts.title"));
        title.getStyleClass().add("title-3");
        Label hint = new Label(Messages.get("shortcuts.hint", HELP.getDisplayText(), HELP_ALTERNATIVE.getDisplayText()));
        hint.getStyleClass().add("text-muted");
        FlowPane groups = new FlowPane(28, 16);
        groups.setPrefWrapLength(1120);
        groups.setPadding(new Insets(0, 12, 0, 0));
        registry.byScreen().forEach((screen, shortcuts) -> groups.getChildren().add(group(screen, shortcuts)));
        ScrollPane scroll = new ScrollPane(groups);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportWidth(1170);
        scroll.setPrefViewportHeight(560);
        scroll.getStyleClass().add("edge-to-edge");
        card.getChildren().addAll(title, hint, scroll);
        popup.getContent().add(card);
        popup.setAutoHide(true);
        popup.setHideOnEscape(true);
        card.setOnKeyPressed(event -> {
            if (HELP.match(event) || HELP_ALTERNATIVE.match(event)) {
                popup.hide();
                event.consume();
            }
        });
    }

    private static VBox group(String screen, List<Shortcut> shortcuts) {
        Label heading = new Label(screen);
        heading.getStyleClass().add("shortcut-group");
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(4);
        ColumnConstraints keysColumn = new ColumnConstraints(130);
        ColumnConstraints actionColumn = new ColumnConstraints(210);
        grid.getColumnConstraints().addAll(keysColumn, actionColumn);
        int row = 0;
        for (Shortcut shortcut : shortcuts) {
            Label keys = new Label(shortcut.keyText());
            keys.getStyleClass().add("shortcut-keys");
            keys.setWrapText(true);
            Label action = new Label(shortcut.action());
            action.setWrapText(true);
            GridPane.setValignment(keys, javafx.geometry.VPos.TOP);
            grid.addRow(row++, keys, action);
        }
        VBox box = new VBox(6, heading, grid);
        box.setAlignment(Pos.TOP_LEFT);
        return box;
    }

    public boolean isShowing() {
        return popup.isShowing();
    }

    /** Shows the overlay centred over the window, or hides it when it shows. */
    public void toggle(Window owner) {
        if (popup.isShowing()) {
            popup.hide();
            return;
        }
        popup.show(owner);
        popup.setX(owner.getX() + Math.max(0, (owner.getWidth() - popup.getWidth()) / 2));
        popup.setY(owner.getY() + Math.max(0, (owner.getHeight() - popup.getHeight()) / 2));
        popup.getContent().get(0).requestFocus();
    }

    /** For tests and screenshots. */
    public Popup popup() {
        return popup;
    }
}
