package se.paragraf.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import java.util.Locale;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import se.paragraf.domain.shared.DomainException;

class ErrorDialogsTest {
    private final FxRobot robot = new FxRobot();
    private Thread.UncaughtExceptionHandler previous;
    private Locale previousLocale;

    @BeforeEach
    void start() throws Exception {
        FxToolkit.registerPrimaryStage();
        previous = Thread.getDefaultUncaughtExceptionHandler();
        // ParagrafApp does the same before its first control, for JavaFX's own texts such as "Dölj detaljer".
        previousLocale = Locale.getDefault();
        Locale.setDefault(Messages.SWEDISH);
        ErrorDialogs.installUncaughtExceptionHandler();
    }

    @AfterEach
    void restore() throws Exception {
        Thread.setDefaultUncaughtExceptionHandler(previous);
        Locale.setDefault(previousLocale);
        FxToolkit.cleanupStages();
    }

    @Test
    void anExceptionNobodyCaughtOnTheFxThreadIsShownInSwedishWithDetails() throws Exception {
        Platform.runLater(() -> {
            throw new DomainException("Protokollet kunde inte sparas. Försök igen.");
        });

        DialogPane pane = awaitDialog();
        assertThat(pane.getHeaderText()).isEqualTo("Ett oväntat fel inträffade");
        assertThat(pane.getContentText()).isEqualTo("Protokollet kunde inte sparas. Försök igen.");
        assertThat(pane.getExpandableContent()).as("details can be expanded").isNotNull();
        WaitForAsyncUtils.asyncFx(() -> pane.setExpanded(true)).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> robot.from(pane).lookup(".details-button").queryLabeled().getText().equals("Dölj detaljer"));
        Screenshots.write(pane.getScene(), "07-error-dialog");
        robot.clickOn(pane.lookupButton(ButtonType.OK));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> dialogPane() == null);
    }

    @Test
    void anExceptionOnAnotherThreadIsShownToo() throws Exception {
        Thread worker = new Thread(() -> {
            throw new IllegalStateException("Något gick sönder i bakgrunden.");
        });
        worker.start();
        worker.join();

        DialogPane pane = awaitDialog();
        assertThat(pane.getContentText()).isEqualTo("Något gick sönder i bakgrunden.");
        robot.clickOn(pane.lookupButton(ButtonType.OK));
    }

    private DialogPane awaitDialog() throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> dialogPane() != null);
        WaitForAsyncUtils.waitForFxEvents();
        return dialogPane();
    }

    private static DialogPane dialogPane() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> Window.getWindows().stream()
                .filter(Window::isShowing)
                .map(window -> window.getScene().getRoot())
                .filter(DialogPane.class::isInstance)
                .map(DialogPane.class::cast)
                .findFirst().orElse(null)).get(5, TimeUnit.SECONDS);
    }
}
