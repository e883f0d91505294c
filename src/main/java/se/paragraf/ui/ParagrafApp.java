package se.paragraf.ui;

import atlantafx.base.theme.PrimerLight;
import java.util.Locale;
import java.util.Objects;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;
import javafx.stage.Window;
import se.paragraf.application.Services;
import se.paragraf.ui.main.MainView;
import se.paragraf.ui.main.MainViewModel;
import se.paragraf.ui.task.FxTaskExecutor;

/**
 * The JavaFX application. {@code Application.launch} creates the instance itself, so the
 * composition root hands over the services through {@link #launchWith} before launching.
 */
public class ParagrafApp extends Application {
    private static volatile Services launchServices;
    private static volatile String launchArchiveLocation;

    private final Services services;
    private final String archiveLocation;
    private FxTaskExecutor executor;

    /** Used by {@code Application.launch}. */
    public ParagrafApp() {
        this(launchServices, launchArchiveLocation);
    }

    /** Used by tests, which start the real window without {@code Application.launch}. */
    public ParagrafApp(Services services, String archiveLocation) {
        useSwedishControls();
        this.services = Objects.requireNonNull(services, "launchWith(...) must be called first");
        this.archiveLocation = Objects.requireNonNull(archiveLocation);
    }

    /** Shows the main window and returns when it has been closed. */
    public static void launchWith(Services services, String archiveLocation) {
        launchServices = services;
        launchArchiveLocation = archiveLocation;
        useSwedishControls();
        Application.launch(ParagrafApp.class);
    }

    /** Shows only an error dialog, e.g. when another Paragraf has the archive open, and returns after OK. */
    public static void showStartupError(String swedishMessage) {
        StartupError.message = swedishMessage;
        useSwedishControls();
        Application.launch(StartupError.class);
    }

    @Override
    public void start(Stage stage) {
        ErrorDialogs.installUncaughtExceptionHandler();
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        executor = new FxTaskExecutor(ErrorDialogs::showTaskFailure);
        MainViewModel viewModel = new MainViewModel(services, executor, archiveLocation);
        Scene scene = new Scene(new MainView(viewModel), 1280, 800);
        scene.getStylesheets().add(Objects.requireNonNull(ParagrafApp.class.getResource("paragraf.css")).toExternalForm());
        stage.setTitle(Messages.get("app.title"));
        stage.setMinWidth(900);
        stage.setMinHeight(560);
        stage.setScene(scene);
        stage.show();
        StartupClock.windowShown();
        viewModel.start(question -> askYesNo(stage, question));
    }

    @Override
    public void stop() {
        if (executor != null) {
            executor.close();
        }
    }

    /**
     * JavaFX's own texts (dialog buttons, "Visa detaljer", context menus) follow the default
     * locale, which on an English system would mix English into the Swedish UI.
     */
    private static void useSwedishControls() {
        Locale.setDefault(Messages.SWEDISH);
    }

    /** Owned by the main window so that it opens over it and gives the focus back when closed. */
    static boolean askYesNo(Window owner, String question) {
        ButtonType yes = new ButtonType(Messages.get("dialog.yes"), ButtonBar.ButtonData.YES);
        ButtonType no = new ButtonType(Messages.get("dialog.no"), ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question, yes, no);
        alert.initOwner(owner);
        alert.setTitle(Messages.get("app.title"));
        alert.setHeaderText(Messages.get("demo.header"));
        alert.getDialogPane().setMinWidth(520);
        return alert.showAndWait().filter(yes::equals).isPresent();
    }

    /** The minimal application behind {@link #showStartupError}; public because JavaFX instantiates it. */
    public static final class StartupError extends Application {
        private static volatile String message;

        @Override
        public void start(Stage stage) {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            ErrorDialogs.create(Messages.get("error.startup.title"), message, null).showAndWait();
            Platform.exit();
        }
    }
}
