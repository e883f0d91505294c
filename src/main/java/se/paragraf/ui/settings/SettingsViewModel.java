package se.paragraf.ui.settings;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import se.paragraf.application.archive.ArchiveInfo;
import se.paragraf.application.archive.DescribeArchive;
import se.paragraf.ui.Messages;
import se.paragraf.ui.task.BackgroundTask;
import se.paragraf.ui.task.TaskExecutor;

/** The archive's location, schema version and counts, read in the background. */
public final class SettingsViewModel {
    private final DescribeArchive describeArchive;
    private final TaskExecutor executor;
    private long loads;
    private final ReadOnlyStringWrapper location = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper schemaVersion = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper boards = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper meetings = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper paragraphs = new ReadOnlyStringWrapper();

    public SettingsViewModel(DescribeArchive describeArchive, TaskExecutor executor) {
        this.describeArchive = describeArchive;
        this.executor = executor;
        showUnknown();
    }

    public void load() {
        // Loads may overlap (start-up and right after the demo is created); only the newest may show.
        long generation = ++loads;
        BackgroundTask.wrap(Messages.get("settings.task.load"), describeArchive::describe)
                .onSuccess(info -> {
                    if (generation == loads) {
                        show(info);
                    }
                })
                .executeWith(executor);
    }

    private void show(ArchiveInfo info) {
        location.set(info.location());
        schemaVersion.set(info.schemaVersion());
        boards.set(Long.toString(info.boards()));
        meetings.set(Long.toString(info.meetings()));
        paragraphs.set(Long.toString(info.paragraphs()));
    }

    private void showUnknown() {
        String unknown = Messages.get("settings.unknown");
        for (ReadOnlyStringWrapper figure : new ReadOnlyStringWrapper[] {location, schemaVersion, boards, meetings, paragraphs}) {
            figure.set(unknown);
        }
    }

    public ReadOnlyStringProperty locationProperty() {
        return location.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty schemaVersionProperty() {
        return schemaVersion.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty boardsProperty() {
        return boards.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty meetingsProperty() {
        return meetings.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty paragraphsProperty() {
        return paragraphs.getReadOnlyProperty();
    }
}
