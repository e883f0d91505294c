package se.paragraf.application;

import java.nio.file.Path;
import se.paragraf.application.importing.ParseProtocol;

/** Opens the archive in a data directory, creating and migrating it when needed. */
public interface ArchiveOpener {
    /**
     * @throws ArchiveUnavailableException with a Swedish message when the archive cannot be used
     */
    OpenArchive open(Path dataDirectory);

    /** Reading a protocol needs no archive: dry runs and previews before an archive is chosen. */
    ParseProtocol parseProtocol();
}
