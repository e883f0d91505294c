package se.paragraf.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import se.paragraf.app.Composition;

/** Runs the real command line in-process on the real composition; records window starts. */
final class CliRun {
    final int exitCode;
    final String out;
    final String err;
    final List<Path> windowsStarted;

    private CliRun(int exitCode, String out, String err, List<Path> windowsStarted) {
        this.exitCode = exitCode;
        this.out = out;
        this.err = err;
        this.windowsStarted = windowsStarted;
    }

    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<Path> windows = new ArrayList<>();
        int code = ParagrafCommand.execute(new Composition(), windows::add, p -> p == null ? Path.of("unused") : p,
                new PrintWriter(out), new PrintWriter(err), args);
        return new CliRun(code, out.toString(), err.toString(), windows);
    }

    List<String> outLines() {
        return out.lines().toList();
    }
}
