package se.paragraf.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.paragraf.application.search.CaseTimeline;
import se.paragraf.application.search.CaseTimelineEntry;
import se.paragraf.application.search.ParagraphKind;
import se.paragraf.application.search.SearchQuery;
import se.paragraf.application.search.SearchResults;
import se.paragraf.domain.matter.CaseNumber;
import se.paragraf.domain.paragraph.Paragraph;

class CaseLookupTest {
    @TempDir
    Path dataDir;

    private SearchFixture archive;

    @BeforeEach
    void open() {
        archive = SearchFixture.withArchive(dataDir);
    }

    @AfterEach
    void close() {
        archive.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"25RS1523", "RS 2025/1523", "rs-2025-1523", "Dnr 25 RS 1523"})
    void everyWrittenFormFindsTheWholeTimelineInDateOrderAcrossBoards(String written) {
        SearchResults results = archive.services.searchParagraphs().search(SearchQuery.of(written));

        CaseTimeline timeline = results.caseTimeline().orElseThrow();
        assertThat(timeline.caseNumber()).isEqualTo(CaseNumber.of("RS", 2025, 1523));
        assertThat(timeline.entries()).extracting(CaseTimelineEntry::boardName)
                .containsExactly("Finansutskottet", "Regionstyrelsen", "Regionfullmäktige");
        assertThat(timeline.entries()).extracting(CaseTimelineEntry::date).containsExactly(
                LocalDate.of(2025, 5, 7), LocalDate.of(2025, 5, 20), LocalDate.of(2025, 6, 18));
        assertThat(timeline.entries()).extracting(e -> e.number().toString()).containsExactly("71", "98", "45");
        assertThat(results.hits()).extracting(h -> h.number().toString()).containsExactly("71", "98", "45");
    }

    @Test
    void entriesCarryTitleDecisionInShortKindJusteringAndWhatOpensTheParagraph() {
        CaseTimelineEntry rs = archive.services.lookupCase().lookup(CaseNumber.parse("25RS1523")).entries().get(1);

        assertThat(rs.title()).isEqualTo("Svar på revisionsrapport; Skydd mot välfärdsbrott");
        assertThat(rs.decisionSummary()).startsWith("att avge ”Svar på revisionsrapport Skydd mot välfärdsbrott”")
                .endsWith("(+1 att-sats)");
        assertThat(rs.kind()).isEqualTo(ParagraphKind.DECISION);
        assertThat(rs.adjusted()).isFalse();
        assertThat(rs.caseNumbers()).containsExactly(CaseNumber.parse("RS 2025/1523"));
        Optional<Paragraph> opened = archive.unitOfWork().transaction(r -> r.paragraphs().findById(rs.paragraph()));
        assertThat(opened).hasValueSatisfying(p -> assertThat(p.meeting()).isEqualTo(rs.meeting()));
    }

    @Test
    void onOneDayTheUtskottComesBeforeTheStyrelse() {
        List<CaseTimelineEntry> entries = archive.services.lookupCase().lookup(CaseNumber.parse("24RS200")).entries();

        assertThat(entries).extracting(CaseTimelineEntry::boardName).containsExactly("Finansutskottet", "Regionstyrelsen");
    }

    @Test
    void aCaseWithNoParagraphsGivesAnEmptyTimelineNotAFullTextSearch() {
        SearchResults results = archive.services.searchParagraphs().search(SearchQuery.of("RS 2019/790"));

        assertThat(results.caseTimeline()).hasValueSatisfying(t -> assertThat(t.isEmpty()).isTrue());
        assertThat(results.hits()).isEmpty();
    }
}
