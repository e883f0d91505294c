package se.paragraf.app;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.paragraf.application.OpenArchive;
import se.paragraf.cli.GuiStarter;
import se.paragraf.ui.ParagrafApp;
import se.paragraf.ui.StartupClock;

/**
 * Opens the archive while the window starts: both take seconds on a large archive (database
 * migration check, search index check, JavaFX), so they run side by side and the window says
 * "Öppnar arkivet …" until the archive is there. The search index opens once the meetings list
 * is on the screen, so the list, the first thing the user sees, does not share the processor
 * with it; a search before then waits for the index. A locked or broken archive gets a Swedish
 * dialog in the window instead.
 */
final class WindowStarter implements GuiStarter {
    private static final Logger LOG = LoggerFactory.getLogger(WindowStarter.class);
    private final Composition opener;

    WindowStarter(Composition opener) {
        this.opener = opener;
    }

    @Override
    public void start(Path dataDirectory) {
        String location = dataDirectory.toAbsolutePath().normalize().toString();
        LOG.info("Paragraf startar med arkivet {}", location);
        CompletableFuture<OpenArchive> opening = new CompletableFuture<>();
        CountDownLatch listShown = new CountDownLatch(1);
        StartupClock.whenListed(listShown::countDown);
        Thread openThread = new Thread(() -> {
            try {
                opening.complete(opener.open(dataDirectory, listShown));
            } catch (RuntimeException e) {
                LOG.warn("Arkivet kunde inte öppnas: {}", e.getMessage());
                LOG.debug("Orsak", e);
                opening.completeExceptionally(e);
            }
        }, "paragraf-arkiv");
        openThread.setDaemon(true);
        openThread.start();
        try {
            ParagrafApp.launchWith(opening.thenApply(OpenArchive::services), location);
        } finally {
            close(opening);
        }
    }

    /** The window may close before the archive finished opening: wait for it, then close it. */
    private static void close(CompletableFuture<OpenArchive> opening) {
        try {
            opening.join().close();
        } catch (CompletionException e) {
            // Already logged and shown when opening failed.
        }
    }
}
