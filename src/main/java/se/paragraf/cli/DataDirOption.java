package se.paragraf.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The --data-dir option every archive command shares. */
public final class DataDirOption {
    @Option(names = "--data-dir", paramLabel = "KATALOG",
            description = "Arkivets katalog (standard: användarens datakatalog).")
    Path dataDir;

    public Path value() {
        return dataDir;
    }
}
