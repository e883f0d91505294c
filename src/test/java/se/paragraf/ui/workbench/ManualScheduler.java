package se.paragraf.ui.workbench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A scheduler whose time the test moves, together with its {@link MutableClock}; nothing sleeps. */
final class ManualScheduler implements Scheduler {
    private final MutableClock clock;
    private final List<Pending> pending = new ArrayList<>();

    ManualScheduler(MutableClock clock) {
        this.clock = clock;
    }

    @Override
    public Cancellable schedule(Duration delay, Runnable action) {
        Pending p = new Pending(clock.instant().plus(delay), action);
        pending.add(p);
        return () -> pending.remove(p);
    }

    /** Moves time forward, running what falls due on the way. */
    void advance(Duration duration) {
        java.time.Instant end = clock.instant().plus(duration);
        while (true) {
            Pending next = pending.stream().filter(p -> !p.due().isAfter(end))
                    .min(java.util.Comparator.comparing(Pending::due)).orElse(null);
            if (next == null) {
                break;
            }
            pending.remove(next);
            clock.set(next.due());
            next.action().run();
        }
        clock.set(end);
    }

    int waiting() {
        return pending.size();
    }

    private record Pending(java.time.Instant due, Runnable action) {
    }
}
