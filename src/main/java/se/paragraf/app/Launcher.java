package se.paragraf.app;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import se.paragraf.cli.ParagrafCommand;

/**
 * The main class of the jar. It does not extend {@code Application}: JavaFX refuses to start
 * from a plain classpath jar whose main class does.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        Path requestedDataDir = DataDirArgument.find(args);
        Logging.toFile(DataDirectory.resolve(requestedDataDir).resolve("logs"), args);
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        int code = ParagrafCommand.execute(new Composition(), new WindowStarter(new Composition()),
                DataDirectory::resolve, out, err, args);
        System.exit(code);
    }
}
