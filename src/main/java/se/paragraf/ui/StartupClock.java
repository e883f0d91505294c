package se.paragraf.ui;

import java.lang.management.ManagementFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.Node;
import javafx.scene.Scene;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs how long the start took, from the JVM's start, at the moments the user notices: the
 * window shows, and the Sammanträden list is filled. The figure the start-up target is held to.
 */
public final class StartupClock {
    private static final Logger LOG = LoggerFactory.getLogger(StartupClock.class);
    private static final AtomicBoolean LIST_FILLED = new AtomicBoolean();
    private static volatile Runnable whenListed = () -> { };

    private StartupClock() {
    }

    /** What may start once the list is on the screen: work that would compete with it for the processor. */
    public static void whenListed(Runnable action) {
        whenListed = action;
    }

    public static void windowShown() {
        LOG.info("Start: fönstret visas efter {} ms", uptime());
    }

    /**
     * Logs once per run, when the filled list has been laid out (the frame the user sees follows
     * at once): later reloads are not part of the start.
     */
    public static void meetingsListed(Node list) {
        Scene scene = list.getScene();
        if (scene == null || LIST_FILLED.get()) {
            return;
        }
        scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                logListed();
            }
        });
    }

    private static void logListed() {
        if (LIST_FILLED.compareAndSet(false, true)) {
            Runtime runtime = Runtime.getRuntime();
            LOG.info("Start: sammanträdena visas efter {} ms (heap {} MB använt av {} MB)", uptime(),
                    (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024), runtime.maxMemory() / (1024 * 1024));
            whenListed.run();
        }
    }

    private static long uptime() {
        return ManagementFactory.getRuntimeMXBean().getUptime();
    }
}
