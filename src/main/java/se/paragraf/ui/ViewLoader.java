package se.paragraf.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import javafx.fxml.FXMLLoader;

/**
 * Loads a view's FXML (same package and name as the view class) with the view itself as
 * {@code fx:root} and controller, and the message bundle for {@code %key} texts.
 */
public final class ViewLoader {
    private ViewLoader() {
    }

    public static void load(Object view) {
        Class<?> type = view.getClass();
        URL fxml = type.getResource(type.getSimpleName() + ".fxml");
        if (fxml == null) {
            throw new IllegalStateException("FXML saknas för " + type.getName());
        }
        FXMLLoader loader = new FXMLLoader(fxml, Messages.bundle());
        loader.setRoot(view);
        loader.setController(view);
        try {
            loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("Kunde inte läsa " + fxml, e);
        }
    }
}
