package se.paragraf.domain.audit;

import java.time.LocalDateTime;
import se.paragraf.domain.shared.Require;

/**
 * The SHA-256 of a document that left Paragraf as the record of a meeting: the justerat (signed)
 * protocol, an anslag, an extract. {@code paragraf verify --pdf} compares a file against these.
 */
public record RegisteredDocument(long meeting, Kind kind, String sha256, String fileName, LocalDateTime recordedAt,
                                 String user) {
    public enum Kind {
        MINUTES, SIGNED_MINUTES, NOTICE, EXTRACT
    }

    public RegisteredDocument {
        Require.present(kind, "Dokumentslag");
        if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("SHA-256 is 64 lower-case hex digits: " + sha256);
        }
        fileName = Require.text(fileName, "Filnamn");
        Require.present(recordedAt, "Tidpunkt");
        user = Require.text(user, "Användare");
    }
}
