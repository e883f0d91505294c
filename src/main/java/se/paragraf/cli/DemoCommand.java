package se.paragraf.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Command;
import se.paragraf.application.OpenArchive;
import se.paragraf.application.archive.ArchiveInfo;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Skapa demoarkivet (Regionstyrelsen, 2025-05-20) i en tom katalog utan att fråga.")
final class DemoCommand extends ArchiveCommand {
    @Override
    int run(OpenArchive archive, PrintWriter out) {
        archive.services().createDemoArchive().create();
        ArchiveInfo info = archive.services().describeArchive().describe();
        out.printf("Demoarkivet är skapat i %s: %d organ, %d sammanträde, %d paragrafer.%n",
                info.location(), info.boards(), info.meetings(), info.paragraphs());
        return 0;
    }
}
