package se.paragraf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.paragraf.app.Composition;
import se.paragraf.application.OpenArchive;
import se.paragraf.application.Services;
import se.paragraf.application.search.ExportFormat;
import se.paragraf.application.search.SearchHit;
import se.paragraf.application.search.SearchQuery;
import se.paragraf.application.search.SearchResults;
import se.paragraf.domain.meeting.MeetingId;
import se.paragraf.domain.paragraph.Decision;
import se.paragraf.domain.paragraph.DecisionBlock;
import se.paragraf.domain.paragraph.MotivationSection;
import se.paragraf.domain.paragraph.Paragraph;
import se.paragraf.domain.paragraph.ParagraphNumber;
import se.paragraf.domain.shared.PlantedPersonalNumbers;

/**
 * Public means safe to publish, everywhere: personnummer in every written form and secret text in
 * sekretess-§§ are planted into a real archive (through the editor's use case, the command line's
 * {@code paragraph confidential} and {@code import} of a protocol that marks a § "Sekretess enligt
 * OSL"), then every public output is produced as a user would and read back: the public minutes
 * and extract (PDFBox text and metadata), search as text and JSON, CSV and PDF exports, and the
 * hits the window's search shows. None may hold a planted number or a secret word.
 */
class PlantedLeakTest {
    /** Words that stand only in the sekretess-§§. */
    private static final String SECRET = "Bläckfiskmoln";
    private static final String SECRET_IMPORTED = "Tjockskalle";
    private static final Path HOGSBY = Path.of("..", "shared", "fixtures", "hogsby-ks-2007-01-08.txt");

    @TempDir
    static Path dir;
    private static Path data;
    private static String meeting;
    private static String caseOf101;
    private static final Map<String, String> PUBLIC_OUTPUTS = new LinkedHashMap<>();
    private static String internalMinutes;
    private static String internalSearch;
    private static String internalSearchPdf;
    /** Public searches for the secret words themselves: the CLI's JSON, then the window's number of hits. */
    private static final List<String> SECRET_SEARCHES = new ArrayList<>();

    @BeforeAll
    static void plantThenProduceEveryPublicOutput() throws Exception {
        data = dir.resolve("arkiv");
        try (OpenArchive archive = new Composition().open(data)) {
            Services services = archive.services();
            services.createDemoArchive().create();
            MeetingId id = services.listMeetings().all().stream().flatMap(b -> b.meetings().stream())
                    .filter(m -> m.paragraphCount() > 0).findFirst().orElseThrow().meeting().id();
            meeting = Long.toString(id.value());
            Paragraph p98 = paragraph(services, id, 98);
            List<MotivationSection> sections = new ArrayList<>(p98.sections());
            sections.add(new MotivationSection("Sökande", PlantedPersonalNumbers.allInOneText()));
            services.editParagraph().save(p98.retitle(p98.title() + " (sökande 19121212-1212)")
                    .motivatedBy(sections)
                    .decide(p98.decision().withBlock(DecisionBlock.of("Regionstyrelsen beslutar",
                            "bevilja ansökan från 850312-1231 och 470716\u20135512"))));
            Paragraph p101 = paragraph(services, id, 101);
            List<MotivationSection> secret = new ArrayList<>(p101.sections());
            secret.add(new MotivationSection("Hälsouppgifter", "Uppgifter om " + SECRET + " och 6408233325."));
            services.editParagraph().save(p101.motivatedBy(secret).decide(Decision.of(DecisionBlock.of(
                    "Regionstyrelsen beslutar", "bevilja " + SECRET + " bistånd"))));
            caseOf101 = p101.caseNumbers().isEmpty() ? null : p101.caseNumbers().get(0).compact();
        }
        ok(CliRun.of("paragraph", "confidential", "--data-dir", data.toString(), "--meeting", meeting,
                "--paragraph", "101", "--ground", "OSL 26 kap. 1 §"));
        Path protocol = dir.resolve("hogsby-sekretess.txt");
        Files.writeString(protocol, Files.readString(HOGSBY)
                .replace("Ewa Engdahl redogör för Högsby kommuns policy ”Möjligheternas kommun”.",
                        "Ewa Engdahl redogör för Högsby kommuns policy ”Möjligheternas kommun”.\n\n"
                                + "                   Sekretess enligt OSL 21 kap. 1 §\n\n"
                                + "                   Uppgifter om " + SECRET_IMPORTED + " och hans hälsa.")
                .replace("utskottens betydelse för att utarbeta målen.", "utskottens betydelse för att utarbeta "
                        + "målen.\n" + PlantedPersonalNumbers.allInOneText().lines()
                        .map(l -> "                   " + l).collect(Collectors.joining("\n"))));
        ok(CliRun.of("import", "--data-dir", data.toString(), protocol.toString()));

        String imported;
        try (OpenArchive archive = new Composition().open(data)) {
            MeetingId importedId = archive.services().listMeetings().all().stream().flatMap(b -> b.meetings().stream())
                    .filter(m -> m.meeting().date().getYear() == 2007).findFirst().orElseThrow().meeting().id();
            imported = Long.toString(importedId.value());
            assertThat(paragraph(archive.services(), importedId, 2).secrecy()).as("import keeps sekretess")
                    .hasValueSatisfying(s -> assertThat(s.oslReference()).isEqualTo("OSL 21 kap. 1 §"));
        }

        PUBLIC_OUTPUTS.put("pdf --public", pdf("--meeting", meeting, "--public"));
        PUBLIC_OUTPUTS.put("pdf --public (importerat)", pdf("--meeting", imported, "--public"));
        PUBLIC_OUTPUTS.put("pdf --public --paragraphs", pdf("--meeting", meeting, "--public", "--paragraphs", "98,101"));
        PUBLIC_OUTPUTS.put("pdf --public --paragraphs (importerat)",
                pdf("--meeting", imported, "--public", "--paragraphs", "2,3 a"));
        // Words around the secrets, not the secrets themselves: what was asked is echoed, as it should be.
        List<String> queries = new ArrayList<>(List.of("ansökt OR Uppgifter OR bistånd OR hälsa OR Boverkets OR "
                + "Sökande OR policy OR \"19121212-1212\" OR 8503121231", "KU/2007.9", "KNSLI/20014197"));
        if (caseOf101 != null) {
            queries.add(caseOf101);
        }
        for (String query : queries) {
            Path csv = dir.resolve("träffar-" + PUBLIC_OUTPUTS.size() + ".csv");
            Path pdf = dir.resolve("träffar-" + PUBLIC_OUTPUTS.size() + ".pdf");
            CliRun text = ok(CliRun.of("search", "--data-dir", data.toString(), "--csv", csv.toString(),
                    "--pdf", pdf.toString(), query));
            PUBLIC_OUTPUTS.put("search " + query, text.out + text.err);
            PUBLIC_OUTPUTS.put("search --json " + query,
                    ok(CliRun.of("search", "--data-dir", data.toString(), "--json", query)).out);
            PUBLIC_OUTPUTS.put("search --csv " + query, Files.readString(csv, StandardCharsets.UTF_8));
            PUBLIC_OUTPUTS.put("search --pdf " + query, pdfText(pdf));
        }
        windowSearch(queries);
        internalMinutes = pdf("--meeting", meeting);
        internalSearch = ok(CliRun.of("search", "--data-dir", data.toString(), "--internal", "--json", SECRET)).out;
        Path internalPdf = dir.resolve("intern.pdf");
        ok(CliRun.of("search", "--data-dir", data.toString(), "--internal", "--pdf", internalPdf.toString(),
                "Sökande"));
        internalSearchPdf = pdfText(internalPdf);
        for (String secret : List.of(SECRET, SECRET_IMPORTED, "Bläckfisk*")) {
            SECRET_SEARCHES.add(ok(CliRun.of("search", "--data-dir", data.toString(), "--json", secret)).out);
            try (OpenArchive archive = new Composition().open(data)) {
                SECRET_SEARCHES.add(Long.toString(archive.services().searchParagraphs()
                        .search(SearchQuery.asTyped(secret)).totalHits()));
            }
        }
    }

    /** What the window's search field shows and saves: the same use cases, with the window's default query. */
    private static void windowSearch(List<String> queries) throws Exception {
        try (OpenArchive archive = new Composition().open(data)) {
            Services services = archive.services();
            List<SearchQuery> asked = new ArrayList<>();
            queries.forEach(q -> asked.add(SearchQuery.asTyped(q)));
            asked.add(SearchQuery.asTyped("Uppgifter om"));
            asked.add(SearchQuery.asTyped("").adjusted(false).limitedTo(10_000));
            for (SearchQuery query : asked) {
                SearchResults results = services.searchParagraphs().search(query);
                String shown = results.query() + "\n" + results.hits().stream()
                        .map(h -> h.boardName() + " " + h.title() + " " + h.snippet())
                        .collect(Collectors.joining("\n"))
                        + results.caseTimeline().map(t -> t.entries().stream().map(e -> e.title() + " "
                                + e.decisionSummary()).collect(Collectors.joining("\n"))).orElse("");
                PUBLIC_OUTPUTS.put("fönstrets sökning " + query.text(), shown);
                Path csv = dir.resolve("fönster-" + PUBLIC_OUTPUTS.size() + ".csv");
                Path pdf = dir.resolve("fönster-" + PUBLIC_OUTPUTS.size() + ".pdf");
                services.exportSearchResults().export(query.text(), query, results, ExportFormat.CSV, csv);
                services.exportSearchResults().export(query.text(), query, results, ExportFormat.PDF, pdf);
                PUBLIC_OUTPUTS.put("fönstrets CSV " + query.text(), Files.readString(csv, StandardCharsets.UTF_8));
                PUBLIC_OUTPUTS.put("fönstrets PDF " + query.text(), pdfText(pdf));
            }
        }
    }

    @Test
    void thePlantingReachedTheArchive() {
        assertThat(PlantedPersonalNumbers.FORMS).hasSizeGreaterThanOrEqualTo(30);
        assertThat(PlantedPersonalNumbers.leakedIn(internalMinutes)).as("the internal minutes show every number")
                .hasSameSizeAs(PlantedPersonalNumbers.FORMS);
        assertThat(internalMinutes).contains(SECRET);
        assertThat(internalSearch).contains(SECRET, "\"version\":\"intern\"", "\"total\":1");
        assertThat(internalSearchPdf).as("the internal export prints what the font lacks as well")
                .contains("Intern version");
    }

    @Test
    void noPublicOutputHoldsAPersonnummer() {
        assertThat(PUBLIC_OUTPUTS).hasSizeGreaterThan(20);
        PUBLIC_OUTPUTS.forEach((output, text) ->
                assertThat(PlantedPersonalNumbers.leakedIn(text)).as(output).isEmpty());
    }

    @Test
    void noPublicOutputHoldsTheTextOfASekretessParagraph() {
        PUBLIC_OUTPUTS.forEach((output, text) -> assertThat(text).as(output)
                .doesNotContain(SECRET, SECRET_IMPORTED, "Bläckfisk", "Hälsouppgifter"));
    }

    @Test
    void aPublicSearchForTheSecretWordsFindsNothing() {
        assertThat(SECRET_SEARCHES).hasSize(6);
        for (int i = 0; i < SECRET_SEARCHES.size(); i += 2) {
            assertThat(SECRET_SEARCHES.get(i)).contains("\"version\":\"offentlig\"", "\"total\":0");
            assertThat(SECRET_SEARCHES.get(i + 1)).isEqualTo("0");
        }
    }

    @Test
    void thePublicOutputsStillSayWhatIsThere() {
        assertThat(PUBLIC_OUTPUTS.get("pdf --public")).contains("OSL 26 kap. 1 §", "19121212-XXXX");
        assertThat(PUBLIC_OUTPUTS.get("pdf --public (importerat)")).contains("OSL 21 kap. 1 §");
        assertThat(PUBLIC_OUTPUTS.values().stream().filter(t -> t.contains("\"version\":\"offentlig\"")).count())
                .isPositive();
        assertThat(PUBLIC_OUTPUTS.entrySet().stream().filter(e -> e.getKey().startsWith("search --json ansökt"))
                .findFirst().orElseThrow().getValue()).contains("\"paragraph\":\"98\"", "19121212-XXXX");
        assertThat(PUBLIC_OUTPUTS.get("search --json " + caseOf101)).as("the timeline of § 101's case")
                .contains("\"paragraph\":\"101\"", "Sekretess enligt OSL 26 kap. 1 §");
    }

    private static Paragraph paragraph(Services services, MeetingId meeting, int number) {
        return services.exportMeeting().export(meeting).orElseThrow().details().paragraphs().stream()
                .filter(p -> p.number().equals(ParagraphNumber.of(number))).findFirst().orElseThrow();
    }

    private static String pdf(String... args) throws Exception {
        Path out = dir.resolve("protokoll-" + PUBLIC_OUTPUTS.size() + "-" + args.length + ".pdf");
        List<String> all = new ArrayList<>(List.of("pdf", "--data-dir", data.toString(), "--out", out.toString()));
        all.addAll(List.of(args));
        CliRun run = ok(CliRun.of(all.toArray(String[]::new)));
        return run.out + "\n" + pdfText(out);
    }

    /** PDFBox's text of every page, then the document information and the XMP metadata. */
    private static String pdfText(Path file) throws Exception {
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            PDDocumentInformation info = pdf.getDocumentInformation();
            String xmp = pdf.getDocumentCatalog().getMetadata() == null ? ""
                    : new String(pdf.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            return new PDFTextStripper().getText(pdf) + "\n" + info.getTitle() + "\n" + info.getSubject() + "\n"
                    + info.getKeywords() + "\n" + xmp;
        }
    }

    private static CliRun ok(CliRun run) {
        assertThat(run.exitCode).as(run.err).isZero();
        return run;
    }
}
