package se.paragraf.ui.workbench;

import java.time.Duration;
import javafx.animation.PauseTransition;

/** The window's scheduler: a pause on the FX timeline, so the action runs on the FX thread. */
public final class FxScheduler implements Scheduler {
    @Override
    public Cancellable schedule(Duration delay, Runnable action) {
        PauseTransition pause = new PauseTransition(javafx.util.Duration.millis(delay.toMillis()));
        pause.setOnFinished(event -> action.run());
        pause.play();
        return pause::stop;
    }
}
