package se.paragraf.ui.delegation;

import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/** Label and field in two columns, one row each: the entry forms of both delegation screens. */
final class FormGrid extends GridPane {
    private int row;

    FormGrid() {
        setHgap(10);
        setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(110);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        getColumnConstraints().addAll(labels, fields);
    }

    FormGrid field(String label, Node field) {
        Label l = new Label(label);
        l.getStyleClass().add("text-muted");
        l.setLabelFor(field);
        add(l, 0, row);
        add(field, 1, row++);
        return this;
    }

    /** A text field two-way bound to the model's property. */
    static TextField bound(TextField field, StringProperty property) {
        field.textProperty().bindBidirectional(property);
        return field;
    }

    FormGrid wide(Node node) {
        add(node, 0, row++, 2, 1);
        return this;
    }
}
