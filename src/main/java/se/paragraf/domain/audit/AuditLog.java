package se.paragraf.domain.audit;

import java.util.List;
import java.util.Optional;

/**
 * The meetings' audit entries and registered documents. Entries are written by the database
 * itself on every change (ADR 0013); this port only reads them and registers documents.
 */
public interface AuditLog {
    /** The meeting's entries, oldest first. */
    List<AuditEntry> entries(long meeting);

    void register(RegisteredDocument document);

    /** The meeting's registered documents, oldest first. */
    List<RegisteredDocument> documents(long meeting);

    Optional<RegisteredDocument> findDocument(long meeting, String sha256);
}
