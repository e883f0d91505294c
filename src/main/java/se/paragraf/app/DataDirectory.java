package se.paragraf.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Where a user's archive lives by default on each operating system. */
public final class DataDirectory {
    private DataDirectory() {
    }

    public static Path defaultFor(String osName, Map<String, String> env, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            return appData != null ? Path.of(appData, "Paragraf") : home.resolve("AppData/Roaming/Paragraf");
        }
        if (os.contains("mac")) {
            return home.resolve("Library/Application Support/Paragraf");
        }
        String xdg = env.get("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local/share")).resolve("paragraf");
    }

    public static Path resolve(Path override) {
        if (override != null) {
            return override.toAbsolutePath().normalize();
        }
        return defaultFor(System.getProperty("os.name"), System.getenv(), Path.of(System.getProperty("user.home")));
    }
}
