package se.paragraf.ui.task;

/** Runs {@link BackgroundTask}s off the FX thread and reports what is running. */
public interface TaskExecutor {
    <V> void execute(BackgroundTask<V> task);

    /** What runs right now, for the status bar. Read and updated on the FX thread only. */
    BackgroundActivity activity();

    /**
     * Runs {@code update} on the FX thread, soon: for progress reported by a task while it runs.
     * May be called from any thread.
     */
    void publish(Runnable update);
}
