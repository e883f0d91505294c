package se.paragraf.ui.task;

import java.util.ArrayList;
import java.util.List;

/** Holds tasks until the test runs them, in the order the test chooses: for overlapping work. */
public final class QueuedTaskExecutor implements TaskExecutor {
    private final List<BackgroundTask<?>> queued = new ArrayList<>();
    private final BackgroundActivity activity = new BackgroundActivity();
    private final SynchronousTaskExecutor runner = new SynchronousTaskExecutor();

    @Override
    public <V> void execute(BackgroundTask<V> task) {
        queued.add(task);
    }

    /** Runs the task queued as number {@code index} (0 is the first queued) to completion. */
    public void run(int index) {
        queued.get(index).executeWith(runner);
    }

    public int queuedCount() {
        return queued.size();
    }

    /** The test's thread stands in for the FX thread. */
    @Override
    public void publish(Runnable update) {
        update.run();
    }

    @Override
    public BackgroundActivity activity() {
        return activity;
    }
}
