package se.paragraf.application.importing;

/** Told before each file of a batch, and once more when the batch is done (then {@code currentFile} is null). */
@FunctionalInterface
public interface ImportProgress {
    ImportProgress NONE = (done, total, currentFile) -> { };

    void update(int done, int total, String currentFile);
}
