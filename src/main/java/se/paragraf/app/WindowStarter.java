package se.paragraf.app;

import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.paragraf.application.ArchiveOpener;
import se.paragraf.application.ArchiveUnavailableException;
import se.paragraf.application.OpenArchive;
import se.paragraf.cli.GuiStarter;
import se.paragraf.ui.ParagrafApp;

/** Opens the archive, then the window; a locked or broken archive gets a Swedish dialog instead. */
final class WindowStarter implements GuiStarter {
    private static final Logger LOG = LoggerFactory.getLogger(WindowStarter.class);
    private final ArchiveOpener opener;

    WindowStarter(ArchiveOpener opener) {
        this.opener = opener;
    }

    @Override
    public void start(Path dataDirectory) {
        OpenArchive archive;
        try {
            archive = opener.open(dataDirectory);
        } catch (ArchiveUnavailableException e) {
            LOG.warn("Arkivet kunde inte öppnas: {}", e.getMessage());
            LOG.debug("Orsak", e);
            ParagrafApp.showStartupError(e.getMessage());
            return;
        }
        try (archive) {
            LOG.info("Paragraf startar med arkivet {}", archive.location());
            ParagrafApp.launchWith(archive.services(), archive.location());
        }
    }
}
