package se.paragraf.domain.paragraph;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;
import se.paragraf.domain.shared.DomainException;
import se.paragraf.domain.shared.Require;

/** The file behind an attachment, found by the SHA-256 of its bytes; the name is as the user gave it. */
public record StoredFile(String fileName, String contentHash) {
    private static final Pattern SHA256 = Pattern.compile("^[0-9a-f]{64}$");

    public StoredFile {
        fileName = Require.text(fileName, "Filnamnet");
        if (contentHash == null || !SHA256.matcher(contentHash).matches()) {
            throw new DomainException("Filens kontrollsumma är ogiltig; lägg till filen igen.");
        }
    }

    /** The reference to {@code bytes} under the name the user gave the file. */
    public static StoredFile of(String fileName, byte[] bytes) {
        try {
            return new StoredFile(fileName, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
