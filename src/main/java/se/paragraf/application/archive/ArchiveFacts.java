package se.paragraf.application.archive;

/** What the storage itself knows about: the schema version and where the data lives. */
public interface ArchiveFacts {
    String schemaVersion();

    /**
     * The schema version the archive had before this start migrated it; empty for a new archive
     * or one that was already current.
     */
    default java.util.Optional<String> upgradedFrom() {
        return java.util.Optional.empty();
    }

    String location();
}
