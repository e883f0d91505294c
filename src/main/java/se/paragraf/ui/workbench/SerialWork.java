package se.paragraf.ui.workbench;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import se.paragraf.ui.task.BackgroundTask;
import se.paragraf.ui.task.TaskExecutor;

/**
 * Runs the workbench's writes one after another, in the order asked, off the FX thread. The
 * shared executor has two threads, and two saves of one § racing each other could leave the
 * older text in the archive; the undo history is also touched only from here, one step at a time.
 */
final class SerialWork {
    private final TaskExecutor executor;
    private final Deque<Runnable> queue = new ArrayDeque<>();
    private boolean running;

    SerialWork(TaskExecutor executor) {
        this.executor = executor;
    }

    /** {@code done} and {@code failed} run on the FX thread, before the next piece of work starts. */
    <V> void submit(String description, Callable<V> work, Consumer<? super V> done, Consumer<? super Exception> failed) {
        queue.add(() -> BackgroundTask.wrap(description, work)
                .onSuccess(value -> {
                    try {
                        done.accept(value);
                    } finally {
                        next();
                    }
                })
                .onFailure(failure -> {
                    try {
                        failed.accept(failure);
                    } finally {
                        next();
                    }
                })
                .executeWith(executor));
        if (!running) {
            next();
        }
    }

    /** True when nothing is queued or running: everything asked for has reached the archive. */
    boolean isIdle() {
        return !running && queue.isEmpty();
    }

    private void next() {
        Runnable work = queue.poll();
        running = work != null;
        if (work != null) {
            work.run();
        }
    }
}
