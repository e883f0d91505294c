package se.paragraf.application.importing;

import java.util.List;

/**
 * The outcome of a batch: the files imported, those skipped because the same file was imported
 * before, those that failed with the Swedish reason, and how many warnings the imports gave.
 */
public record ImportSummary(List<ImportedFile> imported, List<String> duplicates, List<FailedImport> failed,
                            int warnings) {
    public ImportSummary {
        imported = List.copyOf(imported);
        duplicates = List.copyOf(duplicates);
        failed = List.copyOf(failed);
    }

    public record ImportedFile(String fileName, ImportedProtocol protocol) {
    }

    public record FailedImport(String fileName, String reason) {
    }

    public boolean anyFailed() {
        return !failed.isEmpty();
    }
}
