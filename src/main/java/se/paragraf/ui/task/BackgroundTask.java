package se.paragraf.ui.task;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Work that must not run on the FX thread (database, files), with callbacks that do.
 * Built fluently and handed to a {@link TaskExecutor}; without {@link #onFailure} the
 * executor's default failure handling (an error dialog) applies.
 */
public final class BackgroundTask<V> {
    private final String description;
    private final Callable<V> work;
    private Consumer<? super V> onSuccess = value -> { };
    private Consumer<? super Exception> onFailure;

    private BackgroundTask(String description, Callable<V> work) {
        this.description = Objects.requireNonNull(description);
        this.work = Objects.requireNonNull(work);
    }

    /** {@code description} is shown in the status bar while the task runs, so it is Swedish. */
    public static <V> BackgroundTask<V> wrap(String description, Callable<V> work) {
        return new BackgroundTask<>(description, work);
    }

    public static BackgroundTask<Void> wrap(String description, Runnable work) {
        return new BackgroundTask<>(description, () -> {
            work.run();
            return null;
        });
    }

    public BackgroundTask<V> onSuccess(Consumer<? super V> callback) {
        this.onSuccess = Objects.requireNonNull(callback);
        return this;
    }

    public BackgroundTask<V> onFailure(Consumer<? super Exception> callback) {
        this.onFailure = Objects.requireNonNull(callback);
        return this;
    }

    public void executeWith(TaskExecutor executor) {
        executor.execute(this);
    }

    public String description() {
        return description;
    }

    V call() throws Exception {
        return work.call();
    }

    void succeeded(V value) {
        onSuccess.accept(value);
    }

    /** Returns false when the task has no failure callback of its own. */
    boolean failed(Exception failure) {
        if (onFailure == null) {
            return false;
        }
        onFailure.accept(failure);
        return true;
    }
}
