package se.paragraf.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The UI's text, all of it in {@code messages_sv.properties} (read as UTF-8, the default for
 * property bundles since Java 9). Keys are passed as literals so that
 * {@code LocalizationConsistencyTest} can find them.
 */
public final class Messages {
    public static final String BUNDLE = "se.paragraf.ui.messages";
    public static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

    private Messages() {
    }

    public static ResourceBundle bundle() {
        return ResourceBundle.getBundle(BUNDLE, SWEDISH);
    }

    public static String get(String key, Object... arguments) {
        String pattern = bundle().getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, SWEDISH).format(arguments);
    }
}
