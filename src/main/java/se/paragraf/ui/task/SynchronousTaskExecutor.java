package se.paragraf.ui.task;

/**
 * Runs each task at once on the calling thread, for ViewModel tests. A failure without its
 * own callback is rethrown so that a test cannot overlook it.
 */
public final class SynchronousTaskExecutor implements TaskExecutor {
    private final BackgroundActivity activity = new BackgroundActivity();

    @Override
    public <V> void execute(BackgroundTask<V> task) {
        activity.started(task.description());
        V value;
        try {
            value = task.call();
        } catch (Exception e) {
            activity.finished(task.description());
            if (!task.failed(e)) {
                throw e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
            }
            return;
        }
        activity.finished(task.description());
        task.succeeded(value);
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
