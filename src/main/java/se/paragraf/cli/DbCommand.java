package se.paragraf.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.paragraf.application.OpenArchive;
import se.paragraf.application.archive.ArchiveInfo;

@Command(name = "db", description = "Arkivets databas.", mixinStandardHelpOptions = true,
        subcommands = DbCommand.Info.class)
final class DbCommand {

    @Command(name = "info", mixinStandardHelpOptions = true,
            description = "Visa schemaversion och antal organ, sammanträden och paragrafer.")
    static final class Info extends ArchiveCommand {
        @Option(names = "--json", description = "Skriv ut som JSON.")
        boolean json;

        @Override
        int run(OpenArchive archive, PrintWriter out) throws Exception {
            ArchiveInfo info = archive.services().describeArchive().describe();
            if (json) {
                out.println(Json.mapper().writeValueAsString(info));
            } else {
                out.println("Arkiv:         " + info.location());
                out.println("Schemaversion: " + info.schemaVersion());
                out.println("Organ:         " + info.boards());
                out.println("Sammanträden:  " + info.meetings());
                out.println("Paragrafer:    " + info.paragraphs());
            }
            return 0;
        }
    }
}
