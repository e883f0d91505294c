package se.paragraf.persistence;

import se.paragraf.application.archive.ArchiveFacts;

/** Facts fixed when the archive was opened: Flyway's version after migrating, and where it lives. */
record JooqArchiveFacts(String schemaVersion, String location, java.util.Optional<String> upgradedFrom)
        implements ArchiveFacts {
}
