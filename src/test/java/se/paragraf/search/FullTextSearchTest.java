package se.paragraf.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import se.paragraf.application.search.ParagraphKind;
import se.paragraf.application.search.SearchHit;
import se.paragraf.application.search.SearchQuery;
import se.paragraf.application.search.SearchResults;
import se.paragraf.application.search.SearchSort;
import se.paragraf.domain.meeting.Meeting;
import se.paragraf.domain.paragraph.Paragraph;

/** One archive for the class: building it per test is slow, and only one test adds to it (with words of its own). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FullTextSearchTest {
    private SearchFixture archive;

    @BeforeAll
    void open(@TempDir Path dataDir) {
        archive = SearchFixture.withArchive(dataDir);
    }

    @AfterAll
    void close() {
        archive.close();
    }

    private SearchResults search(SearchQuery query) {
        return archive.services.searchParagraphs().search(query);
    }

    private List<String> titles(SearchQuery query) {
        return search(query).hits().stream().map(SearchHit::title).toList();
    }

    @Test
    void swedishStemmingFindsOtherFormsOfTheWord() {
        // The information paragraph says only "beslut"; no paragraph says "beslutade".
        assertThat(titles(SearchQuery.of("beslutade"))).contains("Information om vårdval i länet");
        assertThat(titles(SearchQuery.of("revisionsrapporten")))
                .contains("Svar på revisionsrapport; Delegering av beslutanderätt");
    }

    @Test
    void aPhraseNeedsItsWordsTogether() {
        List<String> words = titles(SearchQuery.of("skydd välfärdsbrott"));
        List<String> phrase = titles(SearchQuery.of("\"skydd mot välfärdsbrott\""));

        assertThat(words).contains("Information om vårdval i länet", "Svar på revisionsrapport; Skydd mot välfärdsbrott");
        assertThat(phrase).contains("Svar på revisionsrapport; Skydd mot välfärdsbrott")
                .doesNotContain("Information om vårdval i länet");
    }

    @Test
    void aPrefixFindsEveryWordThatStartsSo() {
        assertThat(titles(SearchQuery.of("revisions*")))
                .contains("Revisionsberättelse för år 2022", "Svar på revisionsrapport; Delegering av beslutanderätt");
        assertThat(titles(SearchQuery.of("revisionsb*"))).containsExactly("Revisionsberättelse för år 2022");
    }

    @Test
    void allWordsMustMatch() {
        assertThat(titles(SearchQuery.of("revisionsrapport delegering")))
                .containsExactly("Svar på revisionsrapport; Delegering av beslutanderätt");
    }

    @Test
    void aCaseNumberAmongWordsNarrowsTheSearch() {
        assertThat(search(SearchQuery.of("25RS1523 avtalsuppföljningen")).hits())
                .extracting(h -> h.number().toString()).containsExactly("98");
        assertThat(search(SearchQuery.of("25RS1524 avtalsuppföljningen")).hits()).isEmpty();
    }

    @Test
    void theSnippetMarksTheMatch() {
        SearchHit hit = search(SearchQuery.of("avtalsuppföljningen")).hits().get(0);

        assertThat(hit.snippet()).contains(SearchHit.MARK_START + "avtalsuppföljningen" + SearchHit.MARK_END);
        assertThat(hit.plainSnippet()).contains("stärka avtalsuppföljningen").doesNotContain(SearchHit.MARK_START);
        assertThat(hit.boardName()).isEqualTo("Regionstyrelsen");
        assertThat(hit.date()).isEqualTo(LocalDate.of(2025, 5, 20));
        assertThat(hit.number().toString()).isEqualTo("98");
        assertThat(hit.caseNumbers()).extracting(c -> c.canonical()).containsExactly("RS 2025/1523");
    }

    @Test
    void filterByBoard() {
        SearchQuery query = SearchQuery.of("revisions*").inBoards(Set.of(archive.namnden.id()));

        assertThat(search(query).hits()).isNotEmpty().allMatch(h -> h.boardName().equals("Hälso- och sjukvårdsnämnden"));
    }

    @Test
    void filterByYearRange() {
        assertThat(search(SearchQuery.of("revisions*").years(2023, 2023)).hits())
                .extracting(SearchHit::title).containsExactly("Revisionsberättelse för år 2022");
        assertThat(search(SearchQuery.of("revisions*").years(2025, null)).hits())
                .isNotEmpty().allMatch(h -> h.date().getYear() == 2025);
        assertThat(search(SearchQuery.of("revisions*").years(null, 2022)).hits()).isEmpty();
    }

    @Test
    void filterByKind() {
        assertThat(titles(SearchQuery.of("vårdval").ofKinds(Set.of(ParagraphKind.INFORMATION))))
                .containsExactly("Information om vårdval i länet");
        assertThat(titles(SearchQuery.of("vårdval").ofKinds(Set.of(ParagraphKind.DECISION)))).isEmpty();
        assertThat(titles(SearchQuery.of("").ofKinds(Set.of(ParagraphKind.DELEGATION))))
                .containsExactly("Anmälan av delegationsbeslut");
    }

    @Test
    void justeringAssignmentsAndGoalsFilterOnWhatTheIndexHoldsToday() {
        // Until justering, uppdrag and mål are modelled every paragraph is unadjusted, without either.
        assertThat(search(SearchQuery.of("revisionsrapport").adjusted(true)).hits()).isEmpty();
        assertThat(search(SearchQuery.of("revisionsrapport").adjusted(false)).hits()).hasSize(4);
        assertThat(search(SearchQuery.of("revisionsrapport").withAssignments(true)).hits()).isEmpty();
        assertThat(search(SearchQuery.of("revisionsrapport").withAssignments(false)).hits()).hasSize(4);
        assertThat(search(SearchQuery.of("revisionsrapport").linkedTo("God och nära vård")).hits()).isEmpty();
    }

    @Test
    void sortByDateNewestFirst() {
        List<LocalDate> dates = search(SearchQuery.of("revisions*").sortedBy(SearchSort.DATE)).hits().stream()
                .map(SearchHit::date).toList();

        assertThat(dates).hasSizeGreaterThan(3).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(dates.get(dates.size() - 1)).isEqualTo(LocalDate.of(2023, 2, 1));
    }

    @Test
    void limitCapsTheHitsButNotTheCount() {
        SearchResults results = search(SearchQuery.of("revisionsrapport").limitedTo(2));

        assertThat(results.hits()).hasSize(2);
        assertThat(results.totalHits()).isEqualTo(4);
    }

    @Test
    void asTypedTheLastWordAlsoCountsAsABeginning() {
        assertThat(SearchQuery.asTyped("skydd mot välf").text()).isEqualTo("skydd mot (välf OR välf*)");
        assertThat(SearchQuery.asTyped("\"skydd mot\"").text()).isEqualTo("\"skydd mot\"");
        assertThat(SearchQuery.asTyped("25RS1523").text()).isEqualTo("25RS1523");
        assertThat(titles(SearchQuery.asTyped("avtalsuppf"))).containsExactly("Svar på revisionsrapport; Skydd mot välfärdsbrott");
        // The whole word still stems: "beslutade" finds "beslut" while being typed too.
        assertThat(titles(SearchQuery.asTyped("beslutade"))).contains("Information om vårdval i länet");
    }

    @Test
    void brokenQuerySyntaxIsSearchedAsWords() {
        assertThat(titles(SearchQuery.of("\"skydd mot"))).contains("Svar på revisionsrapport; Skydd mot välfärdsbrott");
        assertThat(search(SearchQuery.of("   ")).hits()).isEmpty();
    }

    @Test
    void aSavedParagraphIsFindableAtOnceAndAChangedOneByItsNewWordsOnly() {
        Meeting meeting = archive.meeting(archive.namnden, LocalDate.of(2025, 9, 10));
        Paragraph p = archive.save(archive.decided(meeting, 80, "Tandvård för asylsökande", "25HSN300",
                "Hälso- och sjukvårdsnämnden beslutar", "anta riktlinjen för tandvård"));

        assertThat(titles(SearchQuery.of("asylsökande"))).containsExactly("Tandvård för asylsökande");
        assertThat(archive.services.searchParagraphs().search(SearchQuery.of("25HSN300")).hits()).hasSize(1);

        archive.save(p.retitle("Tandvård för nyanlända"));
        assertThat(titles(SearchQuery.of("asylsökande"))).isEmpty();
        assertThat(titles(SearchQuery.of("nyanlända"))).containsExactly("Tandvård för nyanlända");
        assertThat(archive.index.documentCount()).isEqualTo(archive.unitOfWork().transaction(r -> r.paragraphs().count()));
    }
}
