package se.paragraf.ui.task;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The shared "busy" state: whether any task runs and the description of the newest one.
 * Tasks may overlap, so it keeps every running description rather than a flag.
 */
public final class BackgroundActivity {
    private final List<String> running = new ArrayList<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper description = new ReadOnlyStringWrapper("");

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty descriptionProperty() {
        return description.getReadOnlyProperty();
    }

    public boolean isBusy() {
        return busy.get();
    }

    void started(String taskDescription) {
        running.add(taskDescription);
        update();
    }

    void finished(String taskDescription) {
        running.remove(taskDescription);
        update();
    }

    private void update() {
        busy.set(!running.isEmpty());
        description.set(running.isEmpty() ? "" : running.get(running.size() - 1));
    }
}
