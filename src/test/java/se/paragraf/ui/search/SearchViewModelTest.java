package se.paragraf.ui.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import se.paragraf.application.Services;
import se.paragraf.application.search.ExportFormat;
import se.paragraf.application.search.ParagraphKind;
import se.paragraf.application.search.SearchSort;
import se.paragraf.application.search.Snippet;
import se.paragraf.document.PdfReadBack;
import se.paragraf.domain.paragraph.ParagraphId;
import se.paragraf.ui.TestArchive;
import se.paragraf.ui.task.QueuedTaskExecutor;
import se.paragraf.ui.task.SynchronousTaskExecutor;

/** The search screen's model on the real demo archive: one archive for the class, as the search tests do. */
class SearchViewModelTest {
    @TempDir
    static Path dataDir;
    private static TestArchive archive;
    private static Services services;
    private SearchViewModel viewModel;
    private final List<ParagraphId> opened = new ArrayList<>();

    @BeforeAll
    static void openDemo() {
        archive = TestArchive.openIn(dataDir).withDemo();
        services = archive.services();
    }

    @AfterAll
    static void close() {
        archive.close();
    }

    @BeforeEach
    void newModel() {
        viewModel = new SearchViewModel(services.searchParagraphs(), services.exportSearchResults(),
                services.renderMinutes(), new SynchronousTaskExecutor());
        viewModel.onOpen(opened::add);
        viewModel.loadChoices();
    }

    @ParameterizedTest
    @ValueSource(strings = {"25RS1523", "RS 2025/1523", "rs-2025-1523", "Dnr 25 RS 1523"})
    void aCaseNumberInAnyWrittenFormShowsTheCaseTimeline(String typed) {
        type(typed);

        assertThat(viewModel.timelineProperty().get()).isTrue();
        assertThat(viewModel.summaryProperty().get()).startsWith("Ärende 25RS1523:");
        assertThat(viewModel.results()).anySatisfy(item -> {
            assertThat(item.number()).isEqualTo("§ 98");
            assertThat(item.board()).isEqualTo("Regionstyrelsen");
            assertThat(item.date()).isEqualTo("2025-05-20");
            assertThat(item.title()).isEqualTo("Svar på revisionsrapport; Skydd mot välfärdsbrott");
            assertThat(item.caseNumbers()).contains("25RS1523");
            assertThat(item.plainSnippet()).startsWith("att avge ”Svar på revisionsrapport Skydd mot välfärdsbrott”");
            assertThat(item.adjusted()).isIn("Ja", "Nej");
        });
        assertThat(viewModel.results()).extracting(SearchResultItem::date).isSorted();
    }

    @Test
    void aCaseWithNoParagraphsSaysSo() {
        type("25RS9999");

        assertThat(viewModel.timelineProperty().get()).isTrue();
        assertThat(viewModel.results()).isEmpty();
        assertThat(viewModel.placeholderProperty().get()).isEqualTo("Inga paragrafer i arkivet har diarienummer 25RS9999.");
    }

    @Test
    void wordsFindParagraphsWithTheMatchedWordsMarkedInTheSnippetAndACountLine() {
        type("välfärdsbrott");

        assertThat(viewModel.timelineProperty().get()).isFalse();
        SearchResultItem p98 = item("§ 98");
        assertThat(p98.snippet()).contains("«").contains("»");
        assertThat(Snippet.parse(p98.snippet())).anySatisfy(part -> {
            assertThat(part.highlighted()).isTrue();
            assertThat(part.text().toLowerCase()).startsWith("välfärdsbrott");
        });
        assertThat(p98.plainSnippet()).doesNotContain("«", "»");
        assertThat(p98.caseNumbers()).isEqualTo("25RS1523");
        assertThat(p98.kind()).isEqualTo("Beslut");
        assertThat(viewModel.summaryProperty().get()).matches("1 träff|\\d+ träffar|Visar de \\d+ bästa av .* träffar");
    }

    @Test
    void theLastWordCountsAsABeginningWhileTyping() {
        type("välfärdsb");

        assertThat(viewModel.results()).extracting(SearchResultItem::number).contains("§ 98");
    }

    @Test
    void nothingMatchingSaysSoWithTheQuery() {
        type("kvantdatorupphandling");

        assertThat(viewModel.results()).isEmpty();
        assertThat(viewModel.summaryProperty().get()).isEmpty();
        assertThat(viewModel.placeholderProperty().get()).startsWith("Inga paragrafer matchar \"kvantdatorupphandling\"");
    }

    @Test
    void filtersNarrowAtOnce() {
        type("revisionsrapport");
        assertThat(viewModel.results()).extracting(SearchResultItem::number).contains("§ 98");

        viewModel.kindProperty().set(choice(viewModel.kindChoices(), ParagraphKind.INFORMATION));
        assertThat(viewModel.results()).extracting(SearchResultItem::kind).allMatch("Information"::equals);
        assertThat(viewModel.results()).extracting(SearchResultItem::number).doesNotContain("§ 98");
        viewModel.kindProperty().set(viewModel.kindChoices().get(0));
        assertThat(viewModel.results()).extracting(SearchResultItem::number).contains("§ 98");

        years("2026", "");
        assertThat(viewModel.results()).as("the demo meeting is from 2025").isEmpty();
        years("2025", "2025");
        assertThat(viewModel.results()).extracting(SearchResultItem::number).contains("§ 98");

        assertThat(viewModel.boardChoices()).extracting(Choice::label).startsWith("Alla organ").contains("Regionstyrelsen");
        viewModel.boardProperty().set(viewModel.boardChoices().stream()
                .filter(c -> c.label().equals("Regionstyrelsen")).findFirst().orElseThrow());
        assertThat(viewModel.results()).extracting(SearchResultItem::board).containsOnly("Regionstyrelsen");

        viewModel.sortProperty().set(choice(viewModel.sortChoices(), SearchSort.DATE));
        assertThat(viewModel.results()).extracting(SearchResultItem::number).contains("§ 98");

        viewModel.adjustedProperty().set(viewModel.adjustedChoices().get(1));
        assertThat(viewModel.failedProperty().get()).isFalse();
    }

    @Test
    void aReversedYearRangeOrABadYearGivesTheSwedishMessageInsteadOfResults() {
        type("revisionsrapport");
        years("2025", "2020");

        assertThat(viewModel.failedProperty().get()).isTrue();
        assertThat(viewModel.results()).isEmpty();
        assertThat(viewModel.placeholderProperty().get()).isEqualTo(
                "Årsintervallet 2025–2020 är bakvänt. Ange det tidigare året först.");

        years("2025", "20x5");
        assertThat(viewModel.placeholderProperty().get()).startsWith("\"20x5\" är inget årtal.");

        years("2025", "");
        assertThat(viewModel.failedProperty().get()).isFalse();
        assertThat(viewModel.results()).extracting(SearchResultItem::number).contains("§ 98");
    }

    @Test
    void onlyTheNewestQueryIsShownWhenAnEarlierAnswerArrivesLater() {
        QueuedTaskExecutor executor = new QueuedTaskExecutor();
        SearchViewModel queued = new SearchViewModel(services.searchParagraphs(), services.exportSearchResults(),
                services.renderMinutes(), executor);

        queued.textProperty().set("välfärdsbrott");
        queued.search();
        queued.textProperty().set("25RS1523");
        queued.search();
        executor.run(1);
        assertThat(queued.timelineProperty().get()).isTrue();
        assertThat(queued.isCurrent()).isTrue();
        executor.run(0);

        assertThat(queued.timelineProperty().get()).as("the older word search is dropped").isTrue();
        assertThat(queued.summaryProperty().get()).startsWith("Ärende 25RS1523:");
        assertThat(queued.searchingProperty().get()).isFalse();
    }

    @Test
    void clearingTheFieldShowsTheHintAgain() {
        type("välfärdsbrott");
        type("   ");

        assertThat(viewModel.results()).isEmpty();
        assertThat(viewModel.summaryProperty().get()).isEmpty();
        assertThat(viewModel.placeholderProperty().get()).startsWith("Skriv ett eller flera ord");
    }

    @Test
    void openingAHitHandsItsParagraphToTheOpener() {
        type("rs 2025/1523");

        viewModel.open(item("§ 98"));

        assertThat(opened).containsExactly(item("§ 98").paragraph());
        assertThat(services.showParagraph().show(opened.get(0))).hasValueSatisfying(
                found -> assertThat(found.paragraph().number().number()).isEqualTo(98));
    }

    @Test
    void theExtractOfATimelineRowIsThatParagraphAloneMarkedAsNotJusterat(@TempDir Path out) throws Exception {
        type("25RS1523");

        ExtractPreview extract = viewModel.extract(item("§ 98"));

        assertThat(extract.title()).isEqualTo("Protokollsutdrag § 98 – Regionstyrelsen 2025-05-20");
        assertThat(extract.preview().readyProperty().get()).isTrue();
        assertThat(extract.preview().pages()).isNotEmpty();
        assertThat(extract.preview().suggestedFileName()).isEqualTo("protokollsutdrag.pdf");
        Path file = out.resolve("utdrag.pdf");
        extract.preview().saveAs(file, () -> { });
        String text = PdfReadBack.text(file);
        assertThat(text).contains("PROTOKOLLSUTDRAG", "§ 98 Svar på revisionsrapport; Skydd mot välfärdsbrott");
        assertThat(text).doesNotContain("§ 99 ", "§ 97 ");
        assertThat(text).as("the demo protocol is not justerat: nobody can certify the extract yet")
                .contains("EJ JUSTERAT").doesNotContain("Rätt utdraget intygar");
        assertThat(PdfReadBack.failedRules(file, PDFAFlavour.PDFA_2_A)).isEmpty();
    }

    @Test
    void exportWritesEveryHitAsCsv(@TempDir Path out) throws Exception {
        type("revisionsrapport");
        Path file = out.resolve(viewModel.suggestedFileName(ExportFormat.CSV));

        viewModel.export(ExportFormat.CSV, file);

        assertThat(file.getFileName().toString()).isEqualTo("revisionsrapport.csv");
        String csv = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF\"Organ\";\"Datum\"").contains("\"§ 98\"").contains("RS 2025/1523");
        assertThat(viewModel.exportStatusProperty().get()).endsWith("sparade i revisionsrapport.csv");
    }

    @Test
    void exportWritesAPdfWithWhatWasTyped(@TempDir Path out) throws Exception {
        type("revisionsrap");
        Path file = out.resolve(viewModel.suggestedFileName(ExportFormat.PDF));

        viewModel.export(ExportFormat.PDF, file);

        assertThat(file.getFileName().toString()).isEqualTo("revisionsrap.pdf");
        assertThat(PdfReadBack.text(file)).as("what was typed, not the prefix query made of it")
                .contains("Sökning: revisionsrap\n").contains("§ 98").doesNotContain("«", "OR revisionsrap*");
        assertThat(viewModel.exportStatusProperty().get()).endsWith("sparade i revisionsrap.pdf");
    }

    @Test
    void aFailedExportIsToldBesideTheButton(@TempDir Path out) {
        type("revisionsrapport");

        viewModel.export(ExportFormat.PDF, out.resolve("finns-inte").resolve("träffar.pdf"));

        assertThat(viewModel.exportStatusProperty().get()).startsWith("Träfflistan kunde inte sparas");
    }

    private void type(String text) {
        viewModel.textProperty().set(text);
        viewModel.search();
    }

    /** As the view does after the typing pause. */
    private void years(String from, String to) {
        viewModel.fromYearProperty().set(from);
        viewModel.toYearProperty().set(to);
        viewModel.search();
    }

    private SearchResultItem item(String number) {
        return viewModel.results().stream().filter(i -> i.number().equals(number)).findFirst().orElseThrow(
                () -> new AssertionError(number + " saknas bland " + viewModel.results()));
    }

    private static <T> Choice<T> choice(List<Choice<T>> choices, T value) {
        return choices.stream().filter(c -> value.equals(c.value())).findFirst().orElseThrow();
    }
}
