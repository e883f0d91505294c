package se.paragraf.ui;

import atlantafx.base.theme.PrimerLight;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;
import javafx.stage.Window;
import se.paragraf.application.ArchiveUnavailableException;
import se.paragraf.application.Services;
import se.paragraf.ui.main.MainView;
import se.paragraf.ui.main.MainViewModel;
import se.paragraf.ui.task.FxTaskExecutor;

/**
 * The JavaFX application. {@code Application.launch} creates the instance itself, so the
 * composition root hands over the services through {@link #launchWith} before launching.
 */
public class ParagrafApp extends Application {
    private static volatile CompletionStage<Services> launchServices;
    private static volatile String launchArchiveLocation;

    private final CompletionStage<Services> services;
    private final String archiveLocation;
    private FxTaskExecutor executor;

    /** Used by {@code Application.launch}. */
    public ParagrafApp() {
        this(launchServices, launchArchiveLocation);
    }

    /** Used by tests, which start the real window without {@code Application.launch}. */
    public ParagrafApp(Services services, String archiveLocation) {
        this(CompletableFuture.completedFuture(Objects.requireNonNull(services)), archiveLocation);
    }

    private ParagrafApp(CompletionStage<Services> services, String archiveLocation) {
        useSwedishControls();
        this.services = Objects.requireNonNull(services, "launchWith(...) must be called first");
        this.archiveLocation = Objects.requireNonNull(archiveLocation);
    }

    /**
     * Shows the main window at once and returns when it has been closed. The archive's services
     * may still be on their way (the archive opens meanwhile); a failed opening is shown as a
     * dialog, its message being Swedish already, and ends the application.
     */
    public static void launchWith(CompletionStage<Services> services, String archiveLocation) {
        launchServices = services;
        launchArchiveLocation = archiveLocation;
        useSwedishControls();
        Application.launch(ParagrafApp.class);
    }

    @Override
    public void start(Stage stage) {
        ErrorDialogs.installUncaughtExceptionHandler();
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        executor = new FxTaskExecutor(ErrorDialogs::showTaskFailure);
        Scene scene = new Scene(opening(), 1280, 800);
        scene.getStylesheets().add(Objects.requireNonNull(ParagrafApp.class.getResource("paragraf.css")).toExternalForm());
        stage.setTitle(Messages.get("app.title"));
        stage.setMinWidth(900);
        stage.setMinHeight(560);
        stage.setScene(scene);
        stage.show();
        StartupClock.windowShown();
        services.whenComplete((opened, failure) -> Platform.runLater(() -> {
            if (failure != null) {
                Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                        ? failure.getCause() : failure;
                ErrorDialogs.create(Messages.get("error.startup.title"), cause.getMessage(),
                        cause instanceof ArchiveUnavailableException ? null : cause).showAndWait();
                Platform.exit();
                return;
            }
            MainViewModel viewModel = new MainViewModel(opened, executor, archiveLocation);
            // The reads start before the view is built: they run in the background meanwhile, and
            // their results (and a demo question) come back through the FX queue, after the view.
            viewModel.start(question -> askYesNo(stage, question));
            scene.setRoot(new MainView(viewModel));
        }));
    }

    /** What the window shows while the archive opens. */
    private static Parent opening() {
        ProgressIndicator progress = new ProgressIndicator();
        progress.setMaxSize(40, 40);
        VBox box = new VBox(16, progress, new Label(Messages.get("app.opening")));
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add("opening");
        return box;
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
}
