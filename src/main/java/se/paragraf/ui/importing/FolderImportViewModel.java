package se.paragraf.ui.importing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.ProgressIndicator;
import se.paragraf.application.importing.ImportFolder;
import se.paragraf.application.importing.ImportSummary;
import se.paragraf.ui.Messages;
import se.paragraf.ui.task.BackgroundTask;
import se.paragraf.ui.task.TaskExecutor;

/**
 * A whole folder imported in the background, one file at a time, with progress and, at the end,
 * what was imported, what was already in the archive and what failed and why.
 */
public final class FolderImportViewModel {
    private final ImportFolder importFolder;
    private final TaskExecutor executor;
    private Runnable onFinished = () -> { };
    private Runnable onClosed = () -> { };

    private final ReadOnlyStringWrapper folderName = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(ProgressIndicator.INDETERMINATE_PROGRESS);
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<ImportSummary> summary = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper summaryText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ObservableList<String> failures = FXCollections.observableArrayList();
    private final ObservableList<String> readOnlyFailures = FXCollections.unmodifiableObservableList(failures);
    private final ObservableList<FileOutcome> files = FXCollections.observableArrayList();
    private final ObservableList<FileOutcome> readOnlyFiles = FXCollections.unmodifiableObservableList(files);

    /** One file of the batch as the summary lists it. */
    public record FileOutcome(Kind kind, String text) {
        public enum Kind { FAILED, IMPORTED, DUPLICATE }
    }

    public FolderImportViewModel(ImportFolder importFolder, TaskExecutor executor) {
        this.importFolder = importFolder;
        this.executor = executor;
    }

    /** Told when a batch has ended, so that Sammanträden can show the new meetings. */
    public void onFinished(Runnable refresher) {
        this.onFinished = Objects.requireNonNull(refresher);
    }

    public void onClosed(Runnable closer) {
        this.onClosed = Objects.requireNonNull(closer);
    }

    /** Starts the batch unless one is running; a second folder must wait for the first. */
    public boolean start(Path folder) {
        if (running.get()) {
            return false;
        }
        folderName.set(String.valueOf(folder.getFileName() == null ? folder : folder.getFileName()));
        running.set(true);
        summary.set(null);
        summaryText.set("");
        error.set("");
        failures.clear();
        files.clear();
        progress.set(ProgressIndicator.INDETERMINATE_PROGRESS);
        progressText.set(Messages.get("folder.progress.searching"));
        BackgroundTask.wrap(Messages.get("folder.task.import", folderName.get()),
                        () -> importFolder.importFolder(folder, (done, total, file) ->
                                executor.publish(() -> progressed(done, total, file))))
                .onSuccess(this::finished)
                .onFailure(failure -> {
                    running.set(false);
                    progress.set(0);
                    progressText.set("");
                    error.set(Messages.get("folder.failed", failure.getMessage()));
                    onFinished.run();
                })
                .executeWith(executor);
        return true;
    }

    private void progressed(int done, int total, String file) {
        if (!running.get()) {
            return;
        }
        progress.set(total == 0 ? 1 : (double) done / total);
        progressText.set(file == null
                ? Messages.get("folder.progress.done", total)
                : Messages.get("folder.progress.file", done + 1, total, file));
    }

    private void finished(ImportSummary result) {
        running.set(false);
        progress.set(1);
        summary.set(result);
        int total = result.imported().size() + result.duplicates().size() + result.failed().size();
        progressText.set(Messages.get("folder.progress.done", total));
        summaryText.set(total == 0
                ? Messages.get("folder.summary.none")
                : Messages.get("folder.summary", result.imported().size(), result.duplicates().size(),
                        result.failed().size(), result.warnings()));
        failures.setAll(result.failed().stream()
                .map(f -> Messages.get("folder.failure", f.fileName(), f.reason())).toList());
        // Failures first: they are what the secretary must act on.
        List<FileOutcome> outcomes = new ArrayList<>();
        failures.forEach(text -> outcomes.add(new FileOutcome(FileOutcome.Kind.FAILED, text)));
        result.imported().forEach(f -> outcomes.add(new FileOutcome(FileOutcome.Kind.IMPORTED,
                Messages.get("folder.imported", f.fileName(), f.protocol().board(), f.protocol().date().toString(),
                        f.protocol().paragraphs(), f.protocol().warnings().size()))));
        result.duplicates().forEach(name -> outcomes.add(new FileOutcome(FileOutcome.Kind.DUPLICATE,
                Messages.get("folder.duplicate", name))));
        files.setAll(outcomes);
        onFinished.run();
    }

    public void close() {
        if (!running.get()) {
            onClosed.run();
        }
    }

    public ReadOnlyStringProperty folderNameProperty() {
        return folderName.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** 0 to 1, or indeterminate while the folder is searched. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** "12 av 250: protokoll-2019-03-12.pdf". */
    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ImportSummary> summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryTextProperty() {
        return summaryText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Every file of the finished batch: the failed ones first, then the imported, then those already in the archive. */
    public ObservableList<FileOutcome> files() {
        return readOnlyFiles;
    }

    /** One line per failed file: its name and the reason. */
    public ObservableList<String> failures() {
        return readOnlyFailures;
    }
}
