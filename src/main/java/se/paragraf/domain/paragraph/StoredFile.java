package se.paragraf.domain.paragraph;

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
}
