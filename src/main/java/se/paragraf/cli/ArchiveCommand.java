package se.paragraf.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import se.paragraf.application.OpenArchive;

/** A command that works on an open archive and closes it when done, whatever happens. */
abstract class ArchiveCommand implements Callable<Integer> {
    @Mixin
    DataDirOption dataDir;

    @Spec
    CommandSpec spec;

    @Override
    public final Integer call() throws Exception {
        ParagrafCommand root = (ParagrafCommand) spec.root().userObject();
        try (OpenArchive archive = root.openArchive(dataDir.value())) {
            return run(archive, spec.commandLine().getOut());
        }
    }

    abstract int run(OpenArchive archive, PrintWriter out) throws Exception;
}
