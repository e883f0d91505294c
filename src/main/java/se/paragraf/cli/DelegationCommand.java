package se.paragraf.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import se.paragraf.application.OpenArchive;
import se.paragraf.application.delegation.ImportResult;
import se.paragraf.application.delegation.RegisterEntry;
import se.paragraf.domain.board.Board;
import se.paragraf.domain.board.BoardId;
import se.paragraf.domain.delegation.DelegatedDecision;
import se.paragraf.domain.delegation.DelegationReport;
import se.paragraf.domain.delegation.ReportGroup;
import se.paragraf.domain.matter.CaseNumber;
import se.paragraf.domain.meeting.MeetingId;
import se.paragraf.domain.shared.DomainException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "delegation", description = "Delegationsbeslut: anmälan till nämnden och import av listor.",
        mixinStandardHelpOptions = true, subcommands = {DelegationCommand.Report.class, DelegationCommand.Import.class})
final class DelegationCommand {

    @Command(name = "report", mixinStandardHelpOptions = true,
            description = "Visa vad paragrafen \"Anmälan av delegationsbeslut\" skulle innehålla för ett sammanträde "
                    + "(för ett justerat sammanträde: anmälan som den justerades). "
                    + "Ändrar ingenting.")
    static final class Report extends ArchiveCommand {
        @Option(names = "--meeting", required = true, paramLabel = "ID", description = "Sammanträdets id (se meeting list).")
        long meeting;

        @Option(names = "--json", description = "Skriv ut som JSON.")
        boolean json;

        @Override
        int run(OpenArchive archive, PrintWriter out) throws Exception {
            MeetingId id = MeetingIds.of(meeting);
            DelegationReport report = archive.services().compileDelegationReport().preview(id);
            String board = archive.services().compileDelegationReport().boardName(id);
            if (json) {
                out.println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(json(report, board)));
            } else {
                text(report, board, out);
            }
            return 0;
        }

        private static ObjectNode json(DelegationReport report, String board) {
            ObjectNode root = Json.mapper().createObjectNode().put("meeting", report.meeting().id().value())
                    .put("board", board).put("date", report.meeting().date().toString())
                    .put("title", DelegationReport.TITLE).put("decisions", report.included().size());
            ArrayNode groups = root.putArray("groups");
            for (ReportGroup g : report.groups()) {
                ObjectNode group = groups.addObject().put("rule", g.ruleCode()).put("matterKind", g.matterKind())
                        .put("delegate", g.delegate());
                g.decisions().forEach(d -> decision(group.withArray("decisions").addObject(), d));
            }
            ArrayNode urgent = root.putArray("urgent");
            report.urgent().forEach(d -> decision(urgent.addObject(), d));
            ArrayNode elsewhere = root.putArray("heldByOtherMeetings");
            report.heldElsewhere().forEach(d -> decision(elsewhere.addObject(), d).put("meeting", d.reportMeeting().value()));
            return root;
        }

        private static ObjectNode decision(ObjectNode node, DelegatedDecision d) {
            return node.put("id", d.id().value()).put("date", d.decidedOn().toString())
                    .put("caseNumber", d.caseNumberIfAny().map(CaseNumber::canonical).orElse(null))
                    .put("description", d.description()).put("person", d.person()).put("role", d.role())
                    .put("appealable", d.appealable()).put("urgent", d.urgent());
        }

        private static void text(DelegationReport report, String board, PrintWriter out) {
            out.println(DelegationReport.TITLE + " – " + board + " " + report.meeting().date());
            if (report.isEmpty()) {
                out.println("Inga delegationsbeslut att anmäla.");
            }
            for (ReportGroup g : report.groups()) {
                out.println();
                out.println(g.heading());
                g.decisions().forEach(d -> out.println("  " + d.decidedOn() + "  "
                        + d.caseNumberIfAny().map(CaseNumber::compact).orElse("–") + "  " + d.description()
                        + " (" + d.person() + ")" + (d.urgent() ? "  [ordförandebeslut]" : "")));
            }
            if (!report.heldElsewhere().isEmpty()) {
                out.println();
                out.println(report.heldElsewhere().size() + " beslut ingår i ett annat sammanträdes anmälan som inte är justerad.");
            }
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Importera delegationsbeslut från en CSV-fil (rubrikrad: punkt;beslutsfattare;roll;datum;"
                    + "diarienummer;beskrivning;överklagbart;ordförandebeslut). Har någon rad fel importeras ingenting.")
    static final class Import extends ArchiveCommand {
        @Option(names = "--board", required = true, paramLabel = "ORGAN", description = "Organets namn eller id.")
        String board;

        @Parameters(paramLabel = "FIL", description = "CSV-filen.")
        Path file;

        @Override
        int run(OpenArchive archive, PrintWriter out) throws Exception {
            BoardId boardId = board(archive, board);
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(file);
            } catch (NoSuchFileException e) {
                throw new DomainException("Filen " + file + " finns inte.");
            }
            ImportResult result = archive.services().importDelegatedDecisions().importCsv(boardId, bytes);
            out.println(result.imported().size() == 1 ? "1 delegationsbeslut importerat."
                    : result.imported().size() + " delegationsbeslut importerade.");
            for (RegisterEntry e : result.imported()) {
                e.findings().stream().filter(f -> f.flag().isFault()).forEach(f -> out.println("  Punkt "
                        + e.decision().ruleCode() + ", " + e.decision().decidedOn() + ": " + f.message()));
            }
            return 0;
        }

        private static BoardId board(OpenArchive archive, String nameOrId) {
            String wanted = nameOrId.strip();
            return archive.services().manageBoards().boards().stream()
                    .filter(b -> b.name().equalsIgnoreCase(wanted) || Long.toString(b.id().value()).equals(wanted))
                    .map(Board::id).findFirst()
                    .orElseThrow(() -> new DomainException("Organet \"" + wanted + "\" finns inte i arkivet. "
                            + "Ange namnet som det står i arkivet eller organets id."));
        }
    }
}
