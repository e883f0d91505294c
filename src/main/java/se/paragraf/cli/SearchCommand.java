package se.paragraf.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.paragraf.application.OpenArchive;
import se.paragraf.application.search.ExportFormat;
import se.paragraf.application.search.ParagraphKind;
import se.paragraf.application.search.SearchHit;
import se.paragraf.application.search.SearchParagraphs;
import se.paragraf.application.search.SearchQuery;
import se.paragraf.application.search.SearchResults;
import se.paragraf.application.search.SearchSort;
import se.paragraf.domain.board.Board;
import se.paragraf.domain.board.BoardId;
import se.paragraf.domain.matter.CaseNumber;
import se.paragraf.domain.shared.DomainException;

@Command(name = "search", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Sök i arkivets paragrafer: ett diarienummer i valfri form ger ärendets historik i alla organ, "
                + "annars fritextsökning (\"fras\", prefix*, AND/OR/NOT).",
            "Exempel: paragraf search 25RS1523    paragraf search --board Regionstyrelsen beslutade revisionsrapport"})
final class SearchCommand extends ArchiveCommand {

    @Parameters(arity = "1..*", paramLabel = "FRÅGA", description = "Diarienummer eller sökord.")
    List<String> words;

    @Option(names = "--json", description = "Skriv ut träffarna som JSON.")
    boolean json;

    @Option(names = "--board", paramLabel = "ORGAN", description = "Bara detta organ (namn); kan anges flera gånger.")
    List<String> boards = new ArrayList<>();

    @Option(names = "--from-year", paramLabel = "ÅR", description = "Från och med detta år.")
    Integer fromYear;

    @Option(names = "--to-year", paramLabel = "ÅR", description = "Till och med detta år.")
    Integer toYear;

    @Option(names = "--kind", paramLabel = "TYP", description = "beslut, information eller delegation; kan anges flera gånger.")
    List<String> kinds = new ArrayList<>();

    @Option(names = "--adjusted", negatable = true,
            description = "Bara paragrafer i justerade protokoll eller omedelbart justerade (--no-adjusted: bara ej justerade).")
    Boolean adjusted;

    @Option(names = "--assignments", negatable = true,
            description = "Bara paragrafer som ger, förlänger eller återrapporterar ett uppdrag (--no-assignments: bara utan).")
    Boolean assignments;

    @Option(names = "--goal", paramLabel = "MÅL", description = "Bara paragrafer kopplade till målet med denna rubrik.")
    String goal;

    @Option(names = "--sort", paramLabel = "ORDNING", description = "relevance (standard) eller date (nyast först).")
    String sort = "relevance";

    @Option(names = "--limit", paramLabel = "ANTAL", description = "Högst så många träffar (standard ${DEFAULT-VALUE}).")
    int limit = SearchQuery.DEFAULT_LIMIT;

    @Option(names = "--csv", paramLabel = "FIL", description = "Spara träfflistan som CSV för Excel.")
    Path csv;

    @Option(names = "--pdf", paramLabel = "FIL", description = "Spara träfflistan som PDF/A för utskrift och arkiv.")
    Path pdf;

    @Option(names = "--internal", description = "Intern version, för sekreteraren: med sekretessbelagda paragrafers "
            + "text och personnummer. Utan den är träffar, utdrag och filer offentliga.")
    boolean internal;

    @Override
    int run(OpenArchive archive, PrintWriter out) throws Exception {
        SearchParagraphs search = archive.services().searchParagraphs();
        SearchQuery query = SearchQuery.of(String.join(" ", words))
                .inBoards(boardIds(search))
                .years(fromYear, toYear)
                .ofKinds(kinds.stream().map(ParagraphKind::parse).collect(Collectors.toSet()))
                .adjusted(adjusted)
                .withAssignments(assignments)
                .linkedTo(goal)
                .sortedBy(sort(sort))
                .limitedTo(limit)
                .internal(internal);
        SearchResults results = search.search(query);
        String asked = String.join(" ", words);
        if (csv != null) {
            export(archive, asked, query, results, ExportFormat.CSV, csv);
        }
        if (pdf != null) {
            export(archive, asked, query, results, ExportFormat.PDF, pdf);
        }
        if (json) {
            out.println(Json.mapper().writeValueAsString(json(results)));
        } else {
            text(results, out);
        }
        return 0;
    }

    private void export(OpenArchive archive, String asked, SearchQuery query, SearchResults results,
                        ExportFormat format, Path file) {
        archive.services().exportSearchResults().export(asked, query, results, format, file);
        int count = results.hits().size();
        spec.commandLine().getErr().printf("%d %s i %s.%n", count, count == 1 ? "träff sparad" : "träffar sparade", file);
    }

    private Set<BoardId> boardIds(SearchParagraphs search) {
        if (boards.isEmpty()) {
            return Set.of();
        }
        List<Board> all = search.boards();
        Set<BoardId> ids = new HashSet<>();
        for (String name : boards) {
            ids.add(all.stream().filter(b -> b.name().equalsIgnoreCase(name.strip())).findFirst()
                    .orElseThrow(() -> new DomainException("Organet \"" + name + "\" finns inte i arkivet. Organ: "
                            + all.stream().map(Board::name).collect(Collectors.joining(", ")) + "."))
                    .id());
        }
        return ids;
    }

    private static SearchSort sort(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "relevance", "relevans" -> SearchSort.RELEVANCE;
            case "date", "datum" -> SearchSort.DATE;
            default -> throw new DomainException("Sorteringen \"" + text + "\" finns inte. Välj relevance eller date.");
        };
    }

    private static ObjectNode json(SearchResults results) {
        ObjectNode root = Json.mapper().createObjectNode().put("query", results.query())
                .put("version", results.internal() ? "intern" : "offentlig");
        if (results.timeline() == null) {
            root.putNull("caseNumber");
        } else {
            root.put("caseNumber", results.timeline().caseNumber().canonical());
        }
        root.put("total", results.totalHits());
        ArrayNode hits = root.putArray("hits");
        for (SearchHit hit : results.hits()) {
            ObjectNode node = hits.addObject()
                    .put("board", hit.boardName())
                    .put("date", hit.date().toString())
                    .put("paragraph", hit.number().toString())
                    .put("title", hit.title());
            ArrayNode cases = node.putArray("caseNumbers");
            hit.caseNumbers().forEach(c -> cases.add(c.canonical()));
            node.put("snippet", hit.snippet())
                    .put("kind", hit.kind().name())
                    .put("paragraphId", hit.paragraph().value())
                    .put("meetingId", hit.meeting().value())
                    .put("score", hit.score());
        }
        return root;
    }

    private static void text(SearchResults results, PrintWriter out) {
        results.caseTimeline().ifPresent(t -> out.printf("Ärende %s: %d %s%n", t.caseNumber().canonical(),
                t.entries().size(), t.entries().size() == 1 ? "paragraf" : "paragrafer"));
        if (results.hits().isEmpty()) {
            out.println("Inga träffar.");
            return;
        }
        if (results.timeline() == null) {
            out.printf("%d %s%s%n", results.totalHits(), results.totalHits() == 1 ? "träff" : "träffar",
                    results.totalHits() > results.hits().size() ? ", de " + results.hits().size() + " bästa visas" : "");
        }
        for (SearchHit hit : results.hits()) {
            String cases = hit.caseNumbers().stream().map(CaseNumber::canonical).collect(Collectors.joining(", "));
            out.printf("%s  %s  § %s  %s%s%n", hit.date(), hit.boardName(), hit.number(), hit.title(),
                    cases.isEmpty() ? "" : "  [" + cases + "]");
            if (!hit.snippet().isBlank()) {
                out.println("    " + hit.snippet().replaceAll("\\s+", " "));
            }
        }
    }
}
