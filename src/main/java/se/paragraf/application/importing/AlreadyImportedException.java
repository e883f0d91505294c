package se.paragraf.application.importing;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import se.paragraf.domain.shared.DomainException;

/** The very same file (same checksum) is already in the archive; importing it again would duplicate it. */
public class AlreadyImportedException extends DomainException {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    public AlreadyImportedException(String fileName, ImportRecord previous) {
        super("Filen " + fileName + " är redan importerad (som " + previous.fileName() + ", "
                + WHEN.format(previous.importedAt().atZone(ZoneId.systemDefault())) + "). Den importeras inte igen.");
    }
}
