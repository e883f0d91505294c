package se.paragraf.ui.workbench;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Autosave's timing: the action runs once typing has paused for {@code quiet}, and at the latest
 * {@code longest} after the first unsaved keystroke, so that steady typing is saved too and a
 * crash loses at most a few seconds.
 */
final class Debouncer {
    private final Scheduler scheduler;
    private final Clock clock;
    private final Duration quiet;
    private final Duration longest;
    private final Runnable action;
    private Scheduler.Cancellable pending;
    private Instant firstRequest;

    Debouncer(Scheduler scheduler, Clock clock, Duration quiet, Duration longest, Runnable action) {
        this.scheduler = scheduler;
        this.clock = clock;
        this.quiet = quiet;
        this.longest = longest;
        this.action = action;
    }

    void request() {
        Instant now = clock.instant();
        if (firstRequest == null) {
            firstRequest = now;
        }
        cancel();
        Duration left = longest.minus(Duration.between(firstRequest, now));
        Duration delay = left.compareTo(quiet) < 0 ? (left.isNegative() ? Duration.ZERO : left) : quiet;
        pending = scheduler.schedule(delay, this::fire);
    }

    /** Runs the action now if a request is waiting. */
    void flush() {
        if (pending != null) {
            fire();
        }
    }

    void cancel() {
        if (pending != null) {
            pending.cancel();
            pending = null;
        }
    }

    private void fire() {
        cancel();
        firstRequest = null;
        action.run();
    }
}
