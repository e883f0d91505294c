package se.paragraf.ui;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/** A page's title and subtitle with its buttons on the right, as on Sammanträden. */
public final class PageHeader {
    private PageHeader() {
    }

    public static HBox of(String title, String subtitle, Node... actions) {
        Label heading = new Label(title);
        heading.getStyleClass().add("title-2");
        Label sub = new Label(subtitle);
        sub.getStyleClass().add("text-muted");
        sub.setWrapText(true);
        VBox texts = new VBox(2, heading, sub);
        HBox.setHgrow(texts, Priority.ALWAYS);
        Region gap = new Region();
        HBox header = new HBox(12, texts, gap);
        header.getChildren().addAll(actions);
        header.setAlignment(Pos.CENTER_LEFT);
        return header;
    }

    /** A button whose tooltip names its shortcut, so the shortcut is learnt by using the button. */
    public static Button button(String text, Ikon icon, KeyCombination shortcut, Runnable action) {
        Button button = new Button(text, icon == null ? null : new FontIcon(icon));
        button.setOnAction(event -> action.run());
        button.setMinWidth(Region.USE_PREF_SIZE);
        if (shortcut != null) {
            button.setTooltip(new Tooltip(text + " (" + shortcut.getDisplayText() + ")"));
        }
        return button;
    }
}
