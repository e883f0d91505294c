package se.paragraf.ui;

import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Error dialogs in Swedish, and the handler for exceptions that nothing else caught. */
public final class ErrorDialogs {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorDialogs.class);

    private ErrorDialogs() {
    }

    /** Logs every uncaught exception, on the FX thread and elsewhere, and shows it to the user. */
    public static void installUncaughtExceptionHandler() {
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> {
            LOG.error("Oväntat fel i tråden {}", thread.getName(), error);
            onFxThread(() -> showUnexpected(error));
        });
    }

    /** A failed task: domain messages are already written for the user, so they are shown as they are. */
    public static void showTaskFailure(Exception failure) {
        onFxThread(() -> show(Messages.get("error.task.title"), messageOf(failure), failure));
    }

    public static void showUnexpected(Throwable error) {
        show(Messages.get("error.unexpected.title"), messageOf(error), error);
    }

    public static Alert create(String header, String message, Throwable details) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        alert.setTitle(Messages.get("app.title"));
        mainWindow().ifPresent(alert::initOwner);
        alert.setHeaderText(header);
        alert.getDialogPane().setMinWidth(480);
        if (details != null) {
            TextArea trace = new TextArea(stackTraceOf(details));
            trace.setEditable(false);
            trace.setWrapText(false);
            trace.setPrefRowCount(14);
            VBox.setVgrow(trace, Priority.ALWAYS);
            alert.getDialogPane().setExpandableContent(new VBox(6, new Label(Messages.get("error.details")), trace));
        }
        return alert;
    }

    private static void show(String header, String message, Throwable details) {
        try {
            create(header, message, details).showAndWait();
        } catch (IllegalStateException e) {
            // showAndWait is refused during animation or layout; a non-modal dialog still informs the user.
            create(header, message, details).show();
        }
    }

    /** The window the error belongs to, so that the dialog opens over it and returns the focus to it. */
    private static Optional<Window> mainWindow() {
        return Window.getWindows().stream().filter(Window::isShowing)
                .filter(window -> window instanceof Stage stage && stage.getOwner() == null)
                .findFirst();
    }

    private static String messageOf(Throwable error) {
        Throwable cause = error;
        while (cause.getMessage() == null && cause.getCause() != null) {
            cause = cause.getCause();
        }
        String message = cause.getMessage();
        return message == null || message.isBlank() ? Messages.get("error.noMessage", cause.getClass().getSimpleName()) : message;
    }

    private static String stackTraceOf(Throwable error) {
        // Written out by hand: the house rules keep printStackTrace out of the code base.
        StringBuilder text = new StringBuilder();
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            text.append(cause == error ? "" : "Orsak: ").append(cause).append('\n');
            for (StackTraceElement frame : cause.getStackTrace()) {
                text.append("    at ").append(frame).append('\n');
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return text.toString();
    }

    private static void onFxThread(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }
}
