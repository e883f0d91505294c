package se.paragraf.ui;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;

/** A read-only table column that shows a text taken from the row. */
public final class TextColumns {
    private TextColumns() {
    }

    public static <R> TableColumn<R, String> of(String title, double width, Function<R, String> text) {
        TableColumn<R, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setEditable(false);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())).getReadOnlyProperty());
        return column;
    }
}
