package se.paragraf.ui.workbench;

import javafx.application.Application;
import javafx.stage.Stage;
import org.testfx.api.FxToolkit;
import se.paragraf.ui.ParagrafApp;
import se.paragraf.ui.TestArchive;

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

    public Stage stage() {
        return stage;
    }

    @Override
    public void close() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }
}
