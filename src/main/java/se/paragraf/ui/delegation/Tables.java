package se.paragraf.ui.delegation;

import java.util.function.Function;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/** Text columns, a warning-icon column with the reasons as tooltip, and row marks for the two tables. */
final class Tables {
    private Tables() {
    }

    static <T> TableColumn<T, String> text(String title, Function<T, String> value, double width) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        // Short columns (dates, point numbers) keep their width; the constrained policy shrinks the long ones.
        column.setMinWidth(Math.min(width, 165));
        // A long matter kind or description is cut by the column; hovering shows all of it.
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                setTooltip(empty || text == null || text.isEmpty() ? null : new Tooltip(text));
            }
        });
        return column;
    }

    /** A warning icon where {@code reasons} is not empty; hovering shows them. */
    static <T> TableColumn<T, String> flags(String title, Function<T, String> reasons) {
        // The header is an icon too: the word "Flagga" did not fit a column as narrow as its icons.
        TableColumn<T, String> column = new TableColumn<>();
        FontIcon header = new FontIcon(Material2OutlinedMZ.REPORT_PROBLEM);
        Tooltip.install(header, new Tooltip(title));
        column.setGraphic(header);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(reasons.apply(c.getValue())));
        column.setPrefWidth(36);
        column.setMinWidth(36);
        column.setMaxWidth(40);
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                if (empty || text == null || text.isEmpty()) {
                    setGraphic(null);
                    setTooltip(null);
                    return;
                }
                FontIcon icon = new FontIcon(Material2OutlinedMZ.REPORT_PROBLEM);
                icon.getStyleClass().add("delegation-flag-icon");
                setGraphic(icon);
                setTooltip(new Tooltip(text));
            }
        });
        return column;
    }

    /** Marks rows with a style class while {@code test} holds for their item. */
    static <T> void markRows(TableView<T> table, String styleClass, Predicate<T> test) {
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove(styleClass);
                if (!empty && item != null && test.test(item)) {
                    getStyleClass().add(styleClass);
                }
            }
        });
    }
}
