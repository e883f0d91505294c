package se.paragraf.ui.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import se.paragraf.domain.shared.DomainException;

class FxTaskExecutorTest {
    private final List<Exception> defaultFailures = new CopyOnWriteArrayList<>();
    private final FxTaskExecutor executor = new FxTaskExecutor(defaultFailures::add);

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() {
        executor.close();
    }

    @Test
    void runsWorkOffTheFxThreadAndCallbacksOnIt() throws Exception {
        AtomicReference<Boolean> workOnFx = new AtomicReference<>();
        AtomicReference<Boolean> callbackOnFx = new AtomicReference<>();
        AtomicReference<String> result = new AtomicReference<>();
        CountDownLatch release = new CountDownLatch(1);

        BackgroundTask.wrap("Arbetar", () -> {
            workOnFx.set(Platform.isFxApplicationThread());
            release.await(5, TimeUnit.SECONDS);
            return "klart";
        }).onSuccess(value -> {
            callbackOnFx.set(Platform.isFxApplicationThread());
            result.set(value);
        }).executeWith(executor);

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> executor.activity().isBusy());
        assertThat(onFx(() -> executor.activity().descriptionProperty().get())).isEqualTo("Arbetar");

        release.countDown();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> result.get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(result.get()).isEqualTo("klart");
        assertThat(workOnFx.get()).isFalse();
        assertThat(callbackOnFx.get()).isTrue();
        assertThat(onFx(() -> executor.activity().isBusy())).isFalse();
        assertThat(onFx(() -> executor.activity().descriptionProperty().get())).isEmpty();
    }

    @Test
    void aFailureWithoutItsOwnCallbackGoesToTheDefaultHandler() throws Exception {
        BackgroundTask.wrap("Misslyckas", (Runnable) () -> {
            throw new DomainException("Det gick inte.");
        }).executeWith(executor);

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !defaultFailures.isEmpty());
        assertThat(defaultFailures).singleElement().extracting(Exception::getMessage).isEqualTo("Det gick inte.");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> executor.activity().isBusy())).isFalse();
    }

    @Test
    void aFailureWithItsOwnCallbackStaysThere() throws Exception {
        List<Exception> own = new CopyOnWriteArrayList<>();
        BackgroundTask.wrap("Misslyckas", (Runnable) () -> {
            throw new DomainException("Eget fel.");
        }).onFailure(own::add).executeWith(executor);

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !own.isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(own).singleElement().extracting(Exception::getMessage).isEqualTo("Eget fel.");
        assertThat(defaultFailures).isEmpty();
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(5, TimeUnit.SECONDS);
    }
}
