package se.paragraf.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import se.paragraf.application.Services;
import se.paragraf.application.search.ExportFormat;
import se.paragraf.application.search.SearchQuery;
import se.paragraf.application.search.SearchResults;
import se.paragraf.ui.TestArchive;

/** Result lists of the demo archive as PDF, read back: validated, fonts checked, text extracted. */
class SearchResultPdfTest {
    @TempDir
    static Path dataDir;
    private static TestArchive archive;
    private static Services services;
    private static Path words;
    private static Path timeline;

    @BeforeAll
    static void render() {
        archive = TestArchive.openIn(dataDir).withDemo();
        services = archive.services();
        words = export("revisionsrapporten", dataDir.resolve("ord.pdf"));
        timeline = export("25RS1523", dataDir.resolve("ärende.pdf"));
    }

    @AfterAll
    static void close() {
        archive.close();
    }

    private static Path export(String asked, Path file) {
        SearchQuery query = SearchQuery.of(asked);
        SearchResults results = services.searchParagraphs().search(query);
        services.exportSearchResults().export(asked, query, results, ExportFormat.PDF, file);
        return file;
    }

    @Test
    void aWordQueryIsPdfA2aAndPdfUa1() throws Exception {
        assertThat(PdfReadBack.failedRules(words, PDFAFlavour.PDFA_2_A)).isEmpty();
        assertThat(PdfReadBack.failedRules(words, PDFAFlavour.PDFUA_1)).isEmpty();
    }

    @Test
    void aCaseTimelineIsPdfA2aAndPdfUa1() throws Exception {
        assertThat(PdfReadBack.failedRules(timeline, PDFAFlavour.PDFA_2_A)).isEmpty();
        assertThat(PdfReadBack.failedRules(timeline, PDFAFlavour.PDFUA_1)).isEmpty();
    }

    @Test
    void everyFontIsEmbedded() throws Exception {
        assertThat(PdfReadBack.fontsNotEmbedded(words)).isEmpty();
        assertThat(PdfReadBack.fontsNotEmbedded(timeline)).isEmpty();
    }

    @Test
    void aWordQueryShowsTheQueryTheHitsAndNoMarks() throws Exception {
        String text = PdfReadBack.text(words);

        assertThat(text).contains("PARAGRAF – SÖKRESULTAT", "Sökresultat", "Sökning: revisionsrapporten",
                "Organ: alla", "Ordning: relevans", "§ 98", "Svar på revisionsrapport", "RS 2025/1523", "Sida 1(",
                archive.location());
        assertThat(text).doesNotContain("«", "»");
    }

    @Test
    void aCaseTimelineIsATableOfTheCase() throws Exception {
        String text = PdfReadBack.text(timeline);

        assertThat(text).contains("PARAGRAF – SÖKRESULTAT", "Sökning: 25RS1523", "Ärendets gång: RS 2025/1523",
                "Beslut i korthet", "Justerad", "Regionstyrelsen", "2025-05-20", "§ 98", "Svar på revisionsrapport",
                "att avge", "Sida 1(1)");
        assertThat(text).doesNotContain("«", "»");
    }
}
