package se.paragraf.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import se.paragraf.application.OpenArchive;
import se.paragraf.application.assignment.WatchItem;
import se.paragraf.domain.assignment.Assignment;
import se.paragraf.domain.assignment.AssignmentDetector;
import se.paragraf.domain.assignment.AssignmentStatus;
import se.paragraf.domain.assignment.BoardCalendar;
import se.paragraf.domain.assignment.ProposedAssignment;

@Command(name = "assignments", description = "Uppdrag som styrelsen gett i sina beslut.", mixinStandardHelpOptions = true,
        subcommands = {AssignmentsCommand.Detect.class, AssignmentsCommand.ListAssignments.class})
final class AssignmentsCommand {

    @Command(name = "detect", mixinStandardHelpOptions = true,
            description = "Hitta uppdrag i beslutstext (att-satser) och skriv ut dem som JSON: assignee, task, due, dueText.")
    static final class Detect implements Callable<Integer> {
        @Option(names = "--meeting-date", required = true, paramLabel = "ÅÅÅÅ-MM-DD",
                description = "Sammanträdets datum; \"i september\" och \"under hösten\" räknas från det.")
        String meetingDate;

        @Parameters(arity = "1..*", paramLabel = "TEXT", description = "Beslutstexten, t.ex. \"att uppdra till regiondirektören att …\".")
        List<String> text;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            LocalDate date = CliDates.parse(meetingDate, "--meeting-date");
            ArrayNode found = Json.mapper().createArrayNode();
            for (ProposedAssignment p : new AssignmentDetector(BoardCalendar.NONE).detectText(String.join(" ", text), date)) {
                ObjectNode node = found.addObject();
                text(node, "assignee", p.assignee());
                node.put("task", p.task());
                text(node, "due", p.due().date() == null ? null : p.due().date().toString());
                text(node, "dueText", p.due().text());
            }
            spec.commandLine().getOut().println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(found));
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Lista uppdragen i arkivet efter datum, med status (öppet, snart, försenat, förlängt, återrapporterat, avslutat).")
    static final class ListAssignments extends ArchiveCommand {
        @Option(names = "--overdue", description = "Bara försenade uppdrag.")
        boolean overdue;

        @Option(names = "--json", description = "Skriv ut som JSON.")
        boolean json;

        @Override
        int run(OpenArchive archive, PrintWriter out) throws Exception {
            List<WatchItem> items = archive.services().manageAssignments().list(overdue);
            if (json) {
                ArrayNode rows = Json.mapper().createArrayNode();
                for (WatchItem w : items) {
                    Assignment a = w.assignment();
                    ObjectNode node = rows.addObject().put("id", a.id().value()).put("board", w.boardName())
                            .put("givenIn", w.origin()).put("assignee", a.assignee()).put("task", a.task());
                    text(node, "due", a.currentDue().date() == null ? null : a.currentDue().date().toString());
                    text(node, "dueText", a.currentDue().text());
                    node.put("status", w.status().name());
                }
                out.println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(rows));
                return 0;
            }
            if (items.isEmpty()) {
                out.println(overdue ? "Inga uppdrag är försenade." : "Arkivet har inga uppdrag ännu.");
                return 0;
            }
            for (WatchItem w : items) {
                Assignment a = w.assignment();
                out.printf("%5d  %-10s  %-15s  %-20s  %s: %s%n", a.id().value(),
                        a.currentDue().date() == null ? "–" : a.currentDue().date(), swedish(w.status()), w.origin(),
                        a.assignee(), a.task());
            }
            return 0;
        }
    }

    static String swedish(AssignmentStatus status) {
        return switch (status) {
            case OPEN -> "öppet";
            case DUE_SOON -> "snart";
            case OVERDUE -> "försenat";
            case EXTENDED -> "förlängt";
            case REPORTED -> "återrapporterat";
            case CLOSED -> "avslutat";
        };
    }

    private static void text(ObjectNode node, String field, String value) {
        if (value == null) {
            node.putNull(field);
        } else {
            node.put(field, value);
        }
    }
}
