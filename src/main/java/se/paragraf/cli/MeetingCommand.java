package se.paragraf.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.PrintWriter;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.paragraf.application.OpenArchive;
import se.paragraf.application.archive.BoardOverview;
import se.paragraf.application.archive.MeetingOverview;
import se.paragraf.application.meeting.MeetingExport;
import se.paragraf.domain.meeting.MeetingId;
import se.paragraf.domain.shared.DomainException;

@Command(name = "meeting", description = "Sammanträden.", mixinStandardHelpOptions = true,
        subcommands = {MeetingCommand.ListMeetings.class, MeetingCommand.Export.class})
final class MeetingCommand {

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lista sammanträdena med deras id.")
    static final class ListMeetings extends ArchiveCommand {
        @Option(names = "--json", description = "Skriv ut som JSON.")
        boolean json;

        @Override
        int run(OpenArchive archive, PrintWriter out) throws Exception {
            ArrayNode rows = Json.mapper().createArrayNode();
            int printed = 0;
            for (BoardOverview board : archive.services().listMeetings().all()) {
                for (MeetingOverview m : board.meetings()) {
                    if (json) {
                        rows.addObject().put("id", m.meeting().id().value()).put("board", board.board().name())
                                .put("date", m.meeting().date().toString())
                                .put("paragraphs", m.paragraphRange().orElse(null));
                    } else {
                        printed++;
                        out.printf("%5d  %s  %s  %s%n", m.meeting().id().value(), m.meeting().date(),
                                board.board().name(), m.paragraphRange().orElse(""));
                    }
                }
            }
            if (json) {
                out.println(Json.mapper().writeValueAsString(rows));
            } else if (printed == 0) {
                out.println("Arkivet har inga sammanträden ännu.");
            }
            return 0;
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Skriv ut hela sammanträdet: närvaro, föredragningslista och paragrafer med allt de innehåller.")
    static final class Export extends ArchiveCommand {
        @Option(names = "--meeting", required = true, paramLabel = "ID", description = "Sammanträdets id (se meeting list).")
        long meeting;

        @Option(names = "--format", defaultValue = "json", paramLabel = "FORMAT", description = "Format: json.")
        String format;

        @Override
        int run(OpenArchive archive, PrintWriter out) throws Exception {
            if (!format.strip().toLowerCase(Locale.ROOT).equals("json")) {
                throw new DomainException("Formatet \"" + format + "\" finns inte. Välj json.");
            }
            MeetingExport export = archive.services().exportMeeting().export(MeetingIds.of(meeting))
                    .orElseThrow(() -> new DomainException("Sammanträde " + meeting
                            + " finns inte i arkivet. Se paragraf meeting list för id:na."));
            out.println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(MeetingJson.of(export)));
            return 0;
        }
    }
}
