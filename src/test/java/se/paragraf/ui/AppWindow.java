package se.paragraf.ui;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The real main window on a test archive, started and closed by TestFX (headless Monocle). */
public final class AppWindow implements AutoCloseable {
    private final Stage stage;
    private final Application app;

    private AppWindow(Stage stage, Application app) {
        this.stage = stage;
        this.app = app;
    }

    public static AppWindow start(TestArchive archive) throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        Application app = FxToolkit.setupApplication(() -> new ParagrafApp(archive.services(), archive.location()));
        return new AppWindow(stage, app);
    }

    /** Waits until the Sammanträden list shows the meeting of {@code date}, i.e. the window is usable. */
    public AppWindow awaitMeeting(String date) throws TimeoutException {
        FxRobot robot = new FxRobot();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> robot.lookup(".meetings-tree .tree-table-cell").lookup(date).tryQuery().isPresent());
        return this;
    }

    public Stage stage() {
        return stage;
    }

    @Override
    public void close() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }
}
