package se.paragraf.domain.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.HexFormat;

/**
 * One recorded change of a meeting: who (the OS user), when, what (operation, table, the row's
 * key and the SHA-256 of its values), chained to the meeting's previous entry by SHA-256, so
 * that an entry changed or removed afterwards breaks every hash after it (ADR 0013).
 */
public record AuditEntry(long meeting, long sequence, LocalDateTime recordedAt, String user, String operation,
                         String table, String rowKey, String rowHash, String previousHash, String hash) {
    /** The previous hash of a meeting's first entry. */
    public static final String GENESIS = "0".repeat(64);

    /** The hash an entry with these fields must carry. */
    public static String chainHash(String previousHash, long meeting, long sequence, LocalDateTime recordedAt,
                                   String user, String operation, String table, String rowKey, String rowHash) {
        return sha256(String.join("\n", previousHash, Long.toString(meeting), Long.toString(sequence),
                recordedAt.toString(), user, operation, table, rowKey, rowHash));
    }

    /** Whether the stored hash is the one its fields give. */
    public boolean isIntact() {
        return hash.equals(chainHash(previousHash, meeting, sequence, recordedAt, user, operation, table, rowKey,
                rowHash));
    }

    public static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
