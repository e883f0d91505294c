package se.paragraf.application.archive;

/** What the storage itself knows about: the schema version and where the data lives. */
public interface ArchiveFacts {
    String schemaVersion();

    String location();
}
