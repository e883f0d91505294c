package se.paragraf.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Command;
import se.paragraf.application.OpenArchive;

@Command(name = "index", description = "Arkivets sökindex.", mixinStandardHelpOptions = true,
        subcommands = IndexCommand.Rebuild.class)
final class IndexCommand {

    @Command(name = "rebuild", mixinStandardHelpOptions = true,
            description = "Bygg om sökindexet från databasen (det byggs också om av sig självt när det saknas eller är skadat).")
    static final class Rebuild extends ArchiveCommand {
        @Override
        int run(OpenArchive archive, PrintWriter out) {
            long count = archive.services().rebuildIndex().rebuild();
            out.printf("Sökindexet är ombyggt: %d paragrafer.%n", count);
            return 0;
        }
    }
}
