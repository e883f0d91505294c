package se.paragraf.ui.workbench;

import java.time.Duration;

/** Runs an action later on the FX thread; tests use one they advance by hand, so nothing sleeps. */
public interface Scheduler {
    Cancellable schedule(Duration delay, Runnable action);

    interface Cancellable {
        void cancel();
    }
}
