package se.paragraf.ui.workbench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.decoration.Decorator;
import org.controlsfx.control.decoration.GraphicDecoration;
import org.controlsfx.control.decoration.StyleClassDecoration;
import org.controlsfx.control.textfield.TextFields;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;
import se.paragraf.ui.Messages;

/**
 * Builds the editor's fields and remembers them by field key, so that the view model's input
 * errors and findings can be shown on them (ControlsFX decorations) and the keyboard can be
 * put back in the same field after the form is rebuilt. Programmatic changes while building
 * do not count as typing.
 */
final class EditorForm {
    private final Map<String, Control> fields = new HashMap<>();
    private final List<Control> decorated = new ArrayList<>();
    private boolean building;

    /** Starts a new form; the old fields and their marks are forgotten. */
    void reset() {
        clearMarks();
        fields.clear();
    }

    void building(boolean now) {
        building = now;
    }

    TextField text(String key, String value, String prompt, Consumer<String> typed) {
        TextField field = new TextField(value == null ? "" : value);
        return register(key, field, prompt, typed);
    }

    TextArea area(String key, String value, String prompt, int rows, Consumer<String> typed) {
        TextArea area = new TextArea(value == null ? "" : value);
        area.setWrapText(true);
        area.setPrefRowCount(rows);
        // Tab moves on, as in every other field (a § is filled in with the keyboard alone): the
        // text area itself moves focus on Ctrl+Tab, so plain Tab is passed on as that.
        area.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.TAB && !event.isControlDown()) {
                event.consume();
                area.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB, event.isShiftDown(), true,
                        false, false));
            }
        });
        return register(key, area, prompt, typed);
    }

    /** A name field completing the board's members and ersättare. */
    TextField member(String key, String value, Collection<String> names, Consumer<String> typed) {
        TextField field = text(key, value, Messages.get("editor.member.prompt"), typed);
        TextFields.bindAutoCompletion(field, names);
        return field;
    }

    <T extends TextInputControl> T register(String key, T field, String prompt, Consumer<String> typed) {
        field.setId(key.replace('.', '-'));
        if (prompt != null) {
            field.setPromptText(prompt);
        }
        field.textProperty().addListener((o, before, now) -> {
            if (!building) {
                typed.accept(now);
            }
        });
        fields.put(key, field);
        return field;
    }

    /** A header for a part of the § (also a place for findings about the part as a whole). */
    Label heading(String key, String text) {
        Label label = new Label(text);
        label.getStyleClass().addAll("title-4", "editor-heading");
        fields.put(key, label);
        return label;
    }

    static HBox headed(Label heading, Node... buttons) {
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox box = new HBox(6, heading, gap);
        box.getChildren().addAll(buttons);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    static Button add(String text, WorkbenchShortcut shortcut, Runnable action) {
        Button button = new Button(text, new FontIcon(Material2OutlinedAL.ADD));
        button.getStyleClass().addAll("small", "flat");
        if (shortcut != null) {
            button.setTooltip(new Tooltip(shortcut.description() + " (" + shortcut.display() + ")"));
        }
        button.setOnAction(e -> action.run());
        return button;
    }

    static Button remove(Runnable action) {
        Button button = new Button(null, new FontIcon(Material2OutlinedAL.CLOSE));
        button.getStyleClass().addAll("small", "flat", "button-icon");
        button.setTooltip(new Tooltip(Messages.get("editor.remove")));
        button.setFocusTraversable(false);
        button.setOnAction(e -> action.run());
        return button;
    }

    static Button icon(org.kordamp.ikonli.Ikon icon, String tooltip, Runnable action) {
        Button button = new Button(null, new FontIcon(icon));
        button.getStyleClass().addAll("small", "flat", "button-icon");
        button.setTooltip(new Tooltip(tooltip));
        button.setFocusTraversable(false);
        button.setOnAction(e -> action.run());
        return button;
    }

    static VBox card(Node... children) {
        VBox card = new VBox(8, children);
        card.getStyleClass().add("editor-card");
        return card;
    }

    static HBox row(Node... children) {
        HBox row = new HBox(6, children);
        row.setAlignment(Pos.CENTER_LEFT);
        for (Node child : children) {
            if (child instanceof TextInputControl) {
                HBox.setHgrow(child, Priority.ALWAYS);
            }
        }
        return row;
    }

    Control field(String key) {
        return fields.get(key);
    }

    String keyOf(Node node) {
        for (Map.Entry<String, Control> entry : fields.entrySet()) {
            if (entry.getValue() == node) {
                return entry.getKey();
            }
        }
        return null;
    }

    /** Marks each field with a message: an error icon with the message as tooltip, and a red border. */
    void mark(Map<String, String> messages) {
        clearMarks();
        messages.forEach((key, message) -> {
            Control field = fields.get(key);
            if (field == null) {
                return;
            }
            FontIcon icon = new FontIcon(Material2OutlinedMZ.REPORT_PROBLEM);
            icon.getStyleClass().add("field-mark");
            Tooltip.install(icon, new Tooltip(message));
            // On a heading the mark follows the text; on a field it sits on the corner, as ControlsFX's do.
            Decorator.addDecoration(field, field instanceof Label
                    ? new GraphicDecoration(icon, Pos.CENTER_RIGHT, 16, 0) : new GraphicDecoration(icon, Pos.TOP_RIGHT));
            if (!(field instanceof Label)) {
                Decorator.addDecoration(field, new StyleClassDecoration("field-invalid"));
            }
            field.setTooltip(new Tooltip(message));
            decorated.add(field);
        });
    }

    private void clearMarks() {
        for (Control field : decorated) {
            Decorator.removeAllDecorations(field);
            field.setTooltip(null);
        }
        decorated.clear();
    }
}
