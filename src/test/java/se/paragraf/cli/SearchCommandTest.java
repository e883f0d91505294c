package se.paragraf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import se.paragraf.document.PdfReadBack;

class SearchCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dataDir;

    @BeforeEach
    void demo() {
        CliRun demo = CliRun.of("demo", "--data-dir", dataDir.toString());
        assertThat(demo.exitCode).as(demo.err).isZero();
    }

    @Test
    void caseNumberAsJsonGivesTheTimeline() throws Exception {
        CliRun run = CliRun.of("search", "--json", "--data-dir", dataDir.toString(), "25RS1523");

        assertThat(run.exitCode).as(run.err).isZero();
        JsonNode root = JSON.readTree(run.out);
        assertThat(root.get("caseNumber").asText()).isEqualTo("RS 2025/1523");
        assertThat(root.get("hits")).hasSize(1);
        JsonNode hit = root.get("hits").get(0);
        assertThat(hit.get("board").asText()).isEqualTo("Regionstyrelsen");
        assertThat(hit.get("date").asText()).isEqualTo("2025-05-20");
        assertThat(hit.get("paragraph").asText()).isEqualTo("98");
        assertThat(hit.get("title").asText()).isEqualTo("Svar på revisionsrapport; Skydd mot välfärdsbrott");
        assertThat(hit.get("caseNumbers").get(0).asText()).isEqualTo("RS 2025/1523");
        assertThat(hit.get("snippet").asText()).startsWith("att avge");
    }

    @Test
    void wordsAsJsonGiveHighlightedSnippets() throws Exception {
        CliRun run = CliRun.of("search", "--json", "--data-dir", dataDir.toString(), "revisionsrapporten", "delegering");

        assertThat(run.exitCode).as(run.err).isZero();
        JsonNode root = JSON.readTree(run.out);
        assertThat(root.get("caseNumber").isNull()).isTrue();
        assertThat(root.get("total").asInt()).as("the full seed protocol mentions both elsewhere too").isPositive();
        JsonNode hit = root.get("hits").get(0);
        assertThat(hit.get("paragraph").asText()).isEqualTo("99");
        assertThat(hit.get("caseNumbers").get(0).asText()).isEqualTo("RS 2025/1524");
        assertThat(hit.get("snippet").asText()).contains("«");
    }

    @Test
    void filtersSortLimitAndCsv() throws Exception {
        Path csv = dataDir.resolve("träffar.csv");
        CliRun run = CliRun.of("search", "--data-dir", dataDir.toString(), "--board", "regionstyrelsen",
                "--from-year", "2025", "--to-year", "2025", "--kind", "beslut", "--sort", "date", "--limit", "2",
                "--csv", csv.toString(), "revisionsrapport");

        assertThat(run.exitCode).as(run.err).isZero();
        assertThat(run.out).contains("3 träffar, de 2 bästa visas").contains("Regionstyrelsen  § ");
        assertThat(Files.readAllLines(csv, StandardCharsets.UTF_8)).hasSize(3);
    }

    @Test
    void justeratAssignmentAndGoalFiltersNarrowTheHits() {
        // The demo protocol is a draft with no accepted uppdrag and no goal links.
        CliRun drafts = CliRun.of("search", "--data-dir", dataDir.toString(), "--no-adjusted", "--no-assignments",
                "revisionsrapport");
        assertThat(drafts.exitCode).as(drafts.err).isZero();
        assertThat(drafts.out).contains("§ 98");

        for (String filter : new String[] {"--adjusted", "--assignments"}) {
            CliRun none = CliRun.of("search", "--data-dir", dataDir.toString(), filter, "revisionsrapport");
            assertThat(none.exitCode).as(none.err).isZero();
            assertThat(none.out).as(filter).contains("Inga träffar.");
        }
        CliRun goal = CliRun.of("search", "--data-dir", dataDir.toString(), "--goal",
                "Vi främjar samarbete, innovation och utveckling", "revisionsrapport");
        assertThat(goal.out).contains("Inga träffar.");
    }

    @Test
    void pdfIsAValidatedResultListWithTheFilters() throws Exception {
        Path pdf = dataDir.resolve("träffar.pdf");
        CliRun run = CliRun.of("search", "--data-dir", dataDir.toString(), "--board", "regionstyrelsen",
                "--from-year", "2025", "--kind", "beslut", "--sort", "date", "--pdf", pdf.toString(), "revisionsrapport");

        assertThat(run.exitCode).as(run.err).isZero();
        assertThat(run.err).contains("träffar sparade i " + pdf);
        assertThat(PdfReadBack.failedRules(pdf, PDFAFlavour.PDFA_2_A)).isEmpty();
        assertThat(PdfReadBack.text(pdf)).contains("Sökning: revisionsrapport", "Organ: Regionstyrelsen",
                "År: från och med 2025", "Typ: Beslut", "Ordning: datum, nyast först", "§ 98", "Sida 1(")
                .doesNotContain("«", "»");
    }

    @Test
    void anUnwritablePdfIsExplained() {
        Path pdf = dataDir.resolve("finns-inte").resolve("träffar.pdf");
        CliRun run = CliRun.of("search", "--data-dir", dataDir.toString(), "--pdf", pdf.toString(), "revisionsrapport");

        assertThat(run.exitCode).isNotZero();
        assertThat(run.err).contains("Träfflistan kunde inte sparas");
        assertThat(pdf).doesNotExist();
    }

    @Test
    void anUnknownBoardIsExplained() {
        CliRun run = CliRun.of("search", "--data-dir", dataDir.toString(), "--board", "Kommunstyrelsen", "budget");

        assertThat(run.exitCode).isEqualTo(ParagrafCommand.INVALID_INPUT);
        assertThat(run.err).contains("Organet \"Kommunstyrelsen\" finns inte").contains("Regionstyrelsen");
    }

    @Test
    void indexRebuildCountsTheParagraphs() {
        CliRun run = CliRun.of("index", "rebuild", "--data-dir", dataDir.toString());

        assertThat(run.exitCode).as(run.err).isZero();
        assertThat(run.out).contains("Sökindexet är ombyggt: 40 paragrafer.");
    }
}
