package se.paragraf.application;

import java.nio.file.Path;

/** Opens the archive in a data directory, creating and migrating it when needed. */
public interface ArchiveOpener {
    /**
     * @throws ArchiveUnavailableException with a Swedish message when the archive cannot be used
     */
    OpenArchive open(Path dataDirectory);
}
