package se.paragraf.cli;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import se.paragraf.application.OpenArchive;
import se.paragraf.application.importing.ImportSummary;
import se.paragraf.application.importing.ParsedParagraph;
import se.paragraf.application.importing.ParsedProtocol;
import se.paragraf.application.importing.ParsedSource;
import se.paragraf.application.importing.ProtocolSource;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Importera protokoll (PDF med textlager eller text) till arkivet. Mappar importeras med alla "
                + "sina .pdf- och .txt-filer; en fil som redan är importerad hoppas över.")
final class ImportCommand implements Callable<Integer> {

    @Mixin
    DataDirOption dataDir;

    @Option(names = "--dry-run", description = "Läs protokollen och visa resultatet utan att spara något.")
    boolean dryRun;

    @Option(names = "--json", description = "Skriv ut det tolkade protokollet som JSON (med --dry-run).")
    boolean json;

    @Parameters(arity = "1..*", paramLabel = "FIL", description = "Protokollfiler eller mappar.")
    List<Path> files;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ParagrafCommand root = (ParagrafCommand) spec.root().userObject();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (json && !dryRun) {
            err.println("--json går bara att använda med --dry-run.");
            return ParagrafCommand.INVALID_INPUT;
        }
        if (dryRun) {
            for (Path file : files) {
                ParsedSource parsed = root.protocolParser().parse(ProtocolSource.read(file));
                if (json) {
                    out.println(asJson(parsed.protocol(), files.size() == 1));
                } else {
                    printSummary(parsed, out);
                }
            }
            return 0;
        }
        try (OpenArchive archive = root.openArchive(dataDir.value())) {
            ImportSummary summary = archive.services().importFolder().importAll(files, (done, total, current) -> {
                if (current != null) {
                    err.printf("[%d/%d] %s%n", done + 1, total, current);
                    err.flush();
                }
            });
            printSummary(summary, out);
            return summary.anyFailed() ? 1 : 0;
        }
    }

    static String asJson(ParsedProtocol protocol, boolean pretty) throws Exception {
        ObjectNode root = Json.mapper().createObjectNode();
        root.put("board", protocol.board());
        root.put("meetingDate", protocol.meetingDate() == null ? null : protocol.meetingDate().toString());
        ArrayNode paragraphs = root.putArray("paragraphs");
        for (ParsedParagraph p : protocol.paragraphs()) {
            ObjectNode node = paragraphs.addObject();
            node.put("number", p.number());
            node.put("title", p.title());
            strings(node.putArray("caseNumbers"), p.caseNumbers());
            strings(node.putArray("clauses"), p.clauses());
            node.put("decisionText", p.decisionText());
            strings(node.putArray("preparations"), p.preparations());
            strings(node.putArray("recipients"), p.recipients());
            strings(node.putArray("attachments"), p.attachments());
            node.put("immediateAdjustment", p.immediateAdjustment());
            strings(node.putArray("warnings"), p.warnings());
        }
        return pretty ? Json.mapper().writer(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root)
                : Json.mapper().writeValueAsString(root);
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    private static void printSummary(ParsedSource parsed, PrintWriter out) {
        ParsedProtocol p = parsed.protocol();
        out.println("Fil:               " + parsed.source().fileName());
        out.println("Nämnd:             " + orUnknown(p.board()));
        out.println("Sammanträdesdatum: " + (p.meetingDate() == null ? "okänt" : p.meetingDate()));
        out.println("Diarienummer:      " + orUnknown(p.minutesCaseNumber()));
        out.println("Paragrafer:        " + p.paragraphs().size() + range(p.paragraphs()));
        for (ParsedParagraph para : p.paragraphs()) {
            out.println("  § " + para.number() + " " + para.title()
                    + (para.caseNumbers().isEmpty() ? "" : " (" + String.join(", ", para.caseNumbers()) + ")")
                    + (para.clauses().isEmpty() ? "" : ", " + para.clauses().size() + " att-satser"));
        }
        List<String> warnings = p.allWarnings();
        out.println("Varningar:         " + warnings.size());
        warnings.forEach(w -> out.println("  – " + w));
        out.println("Inget har sparats (--dry-run).");
    }

    private static String range(List<ParsedParagraph> paragraphs) {
        if (paragraphs.isEmpty()) {
            return "";
        }
        return " (§§ " + paragraphs.get(0).number() + "–" + paragraphs.get(paragraphs.size() - 1).number() + ")";
    }

    private static String orUnknown(String value) {
        return value == null ? "okänd" : value;
    }

    private static void printSummary(ImportSummary summary, PrintWriter out) {
        out.println("Importerade:       " + summary.imported().size());
        for (ImportSummary.ImportedFile f : summary.imported()) {
            int paragraphs = f.protocol().paragraphs();
            int warnings = f.protocol().warnings().size();
            out.printf("  %s: %s %s, %d %s, %d %s%n", f.fileName(), f.protocol().board(), f.protocol().date(),
                    paragraphs, paragraphs == 1 ? "paragraf" : "paragrafer", warnings, warnings == 1 ? "varning" : "varningar");
        }
        out.println("Redan importerade: " + summary.duplicates().size());
        summary.duplicates().forEach(d -> out.println("  " + d));
        out.println("Misslyckade:       " + summary.failed().size());
        summary.failed().forEach(f -> out.println("  " + f.fileName() + ": " + f.reason()));
        out.println("Varningar:         " + summary.warnings());
    }
}
