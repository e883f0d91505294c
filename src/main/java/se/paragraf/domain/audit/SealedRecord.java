package se.paragraf.domain.audit;

import java.time.LocalDateTime;
import se.paragraf.domain.shared.Require;

/**
 * A sealed record (ADR 0018): the canonical form of what a legal act fixed — the justerat
 * protocol, an omedelbart justerad §, a rättelse, a step of the anslag — with its SHA-256, who
 * and when, the meeting's audit head at that moment, and the seal of the archive's previous
 * record, so that records form one chain per archive. Only ever added; nothing replaces one.
 */
public record SealedRecord(long id, long meeting, Kind kind, String subject, String format, String canonical,
                           String contentSha256, String auditHead, String previousSeal, LocalDateTime sealedAt,
                           String sealedBy, String seal) {
    /** The version of the canonical form; a later form gets a new name, old records keep theirs. */
    public static final String FORMAT = "paragraf-protokoll/1";

    public enum Kind {
        /** The whole protocol at justering. */
        PROTOCOL,
        /** One § at omedelbar justering. */
        PARAGRAPH,
        /** A rättelse of a justerat protocol or §. */
        CORRECTION,
        /** A step of the lifecycle after justering: anslag, nedtagning. */
        LIFECYCLE
    }

    public SealedRecord {
        Require.present(kind, "Postens slag");
        subject = Require.text(subject, "Postens föremål");
        format = Require.text(format, "Format");
        Require.present(canonical, "Kanonisk form");
        Require.present(sealedAt, "Tidpunkt");
        sealedBy = Require.text(sealedBy, "Användare");
    }

    /** A new record of {@code content}, chained to {@code previousSeal}. */
    public static SealedRecord of(long id, long meeting, Kind kind, String subject, Object content, String auditHead,
                                  String previousSeal, LocalDateTime sealedAt, String sealedBy) {
        String canonical = Canonical.json(content);
        String contentHash = AuditEntry.sha256(canonical);
        return new SealedRecord(id, meeting, kind, subject, FORMAT, canonical, contentHash, auditHead, previousSeal,
                sealedAt, sealedBy, sealOf(id, meeting, kind, subject, FORMAT, contentHash, auditHead, previousSeal,
                        sealedAt, sealedBy));
    }

    public static String sealOf(long id, long meeting, Kind kind, String subject, String format, String contentSha256,
                                String auditHead, String previousSeal, LocalDateTime sealedAt, String sealedBy) {
        return AuditEntry.sha256(String.join("\n", "paragraf-förseglad-post", Long.toString(id),
                Long.toString(meeting), kind.name(), subject, format, contentSha256, auditHead, previousSeal,
                sealedAt.toString(), sealedBy));
    }

    /** Whether the canonical text still gives its hash and the fields still give the seal. */
    public boolean isIntact() {
        return contentSha256.equals(AuditEntry.sha256(canonical)) && seal.equals(sealOf(id, meeting, kind, subject,
                format, contentSha256, auditHead, previousSeal, sealedAt, sealedBy));
    }

    /** The link of this record in the archive's chain, without its (large) canonical text. */
    public SealLink link() {
        return new SealLink(id, meeting, kind, subject, previousSeal, seal);
    }

    /** One link of the archive's chain of records. */
    public record SealLink(long id, long meeting, Kind kind, String subject, String previousSeal, String seal) {
    }
}
