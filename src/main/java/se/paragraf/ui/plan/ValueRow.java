package se.paragraf.ui.plan;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One year of an indicator in the detail form: its outcome (Utfall) and target (Målnivå) as typed. */
public final class ValueRow {
    private final int year;
    private final StringProperty outcome = new SimpleStringProperty("");
    private final StringProperty target = new SimpleStringProperty("");

    public ValueRow(int year, String outcome, String target) {
        this.year = year;
        this.outcome.set(outcome == null ? "" : outcome);
        this.target.set(target == null ? "" : target);
    }

    public int year() {
        return year;
    }

    public StringProperty outcomeProperty() {
        return outcome;
    }

    public StringProperty targetProperty() {
        return target;
    }
}
