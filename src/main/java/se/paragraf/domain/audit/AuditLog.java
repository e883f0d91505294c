package se.paragraf.domain.audit;

import java.util.List;
import java.util.Optional;

/**
 * The meetings' audit entries and registered documents. Entries are events written by the
 * repositories in the transaction of each change (ADR 0018); this port reads them and registers
 * documents.
 */
public interface AuditLog {
    /** The meeting's entries, oldest first. */
    List<AuditEntry> entries(long meeting);

    void register(RegisteredDocument document);

    /** The hash of the meeting's newest entry, or {@link AuditEntry#GENESIS} when it has none. */
    String head(long meeting);

    /** The meeting's registered documents, oldest first. */
    List<RegisteredDocument> documents(long meeting);

    Optional<RegisteredDocument> findDocument(long meeting, String sha256);
}
