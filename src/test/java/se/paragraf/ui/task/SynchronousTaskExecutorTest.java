package se.paragraf.ui.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.paragraf.domain.shared.DomainException;

class SynchronousTaskExecutorTest {
    private final SynchronousTaskExecutor executor = new SynchronousTaskExecutor();

    @Test
    void runsAtOnceAndIsBusyOnlyMeanwhile() {
        List<Boolean> busyDuringWork = new ArrayList<>();
        List<Integer> results = new ArrayList<>();
        BackgroundTask.wrap("Räknar", () -> {
            busyDuringWork.add(executor.activity().isBusy());
            return 42;
        }).onSuccess(results::add).executeWith(executor);

        assertThat(results).containsExactly(42);
        assertThat(busyDuringWork).containsExactly(true);
        assertThat(executor.activity().isBusy()).isFalse();
    }

    @Test
    void anUnhandledFailureReachesTheTest() {
        BackgroundTask<Void> task = BackgroundTask.wrap("Misslyckas", (Runnable) () -> {
            throw new DomainException("Fel.");
        });
        assertThatThrownBy(() -> task.executeWith(executor)).isInstanceOf(DomainException.class).hasMessage("Fel.");
        assertThat(executor.activity().isBusy()).isFalse();
    }
}
