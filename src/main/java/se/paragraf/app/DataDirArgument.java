package se.paragraf.app;

import java.nio.file.Path;

/** Finds --data-dir before picocli runs, because logging must know where to write first. */
final class DataDirArgument {
    private DataDirArgument() {
    }

    static Path find(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--data-dir") && i + 1 < args.length) {
                return Path.of(args[i + 1]);
            }
            if (args[i].startsWith("--data-dir=")) {
                return Path.of(args[i].substring("--data-dir=".length()));
            }
        }
        return null;
    }
}
