package se.paragraf.persistence;

import java.nio.file.Path;

/** Another Paragraf process has the same H2 archive open; H2 files allow one writer only. */
public class ArchiveInUseException extends DatabaseException {
    public ArchiveInUseException(Path dataDir) {
        super("Arkivet i " + dataDir + " används redan av ett annat Paragraf-fönster. "
                + "Stäng det först, eller starta med --data-dir för att välja ett annat arkiv.");
    }
}
