package se.paragraf.ui.task;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.paragraf.domain.shared.DomainException;

/**
 * Runs tasks on a small pool of daemon threads (daemon so an open dialog or a slow query
 * never keeps the JVM alive after the window closed) and delivers every callback and every
 * change of {@link BackgroundActivity} on the FX thread.
 */
public final class FxTaskExecutor implements TaskExecutor, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FxTaskExecutor.class);

    private final ExecutorService pool;
    private final BackgroundActivity activity = new BackgroundActivity();
    private final Consumer<Exception> defaultFailureHandler;

    public FxTaskExecutor(Consumer<Exception> defaultFailureHandler) {
        this.defaultFailureHandler = defaultFailureHandler;
        this.pool = Executors.newFixedThreadPool(2, new DaemonThreads());
    }

    @Override
    public <V> void execute(BackgroundTask<V> task) {
        onFxThread(() -> {
            if (pool.isShutdown()) {
                // The window is closing; a timer (the preview's debounce) may still fire once.
                LOG.debug("Bakgrundsuppgiften \"{}\" startas inte: programmet avslutas", task.description());
                return;
            }
            activity.started(task.description());
            pool.execute(() -> run(task));
        });
    }

    private <V> void run(BackgroundTask<V> task) {
        try {
            V value = task.call();
            Platform.runLater(() -> {
                activity.finished(task.description());
                task.succeeded(value);
            });
        } catch (DomainException e) {
            // A broken business rule is the user's to fix, not a defect: its message is enough in the log.
            LOG.info("Bakgrundsuppgiften \"{}\" avbröts: {}", task.description(), e.getMessage());
            fail(task, e);
        } catch (Exception e) {
            LOG.warn("Bakgrundsuppgiften \"{}\" misslyckades", task.description(), e);
            fail(task, e);
        }
    }

    private <V> void fail(BackgroundTask<V> task, Exception e) {
        Platform.runLater(() -> {
            activity.finished(task.description());
            if (!task.failed(e)) {
                defaultFailureHandler.accept(e);
            }
        });
    }

    @Override
    public void publish(Runnable update) {
        onFxThread(update);
    }

    @Override
    public BackgroundActivity activity() {
        return activity;
    }

    @Override
    public void close() {
        pool.shutdownNow();
        try {
            pool.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void onFxThread(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }

    private static final class DaemonThreads implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable runnable) {
            Thread thread = new Thread(runnable, "paragraf-bakgrund-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
