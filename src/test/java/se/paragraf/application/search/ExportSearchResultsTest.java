package se.paragraf.application.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.paragraf.domain.board.BoardId;
import se.paragraf.domain.matter.CaseNumber;
import se.paragraf.domain.meeting.MeetingId;
import se.paragraf.domain.paragraph.ParagraphId;
import se.paragraf.domain.paragraph.ParagraphNumber;
import se.paragraf.ui.TestArchive;

/** CSV here; the PDF is read back in {@code se.paragraf.document.SearchResultPdfTest}. */
class ExportSearchResultsTest {
    @TempDir
    Path dir;
    private TestArchive archive;
    private ExportSearchResults export;

    @BeforeEach
    void open() {
        archive = TestArchive.openIn(dir.resolve("arkiv"));
        export = archive.services().exportSearchResults();
    }

    @AfterEach
    void close() {
        archive.close();
    }

    @Test
    void csvIsUtf8WithBomSemicolonsAndQuotedFields() throws Exception {
        SearchHit hit = new SearchHit(new ParagraphId(1), new MeetingId(2), new BoardId(3), "Hälso- och sjukvårdsnämnden",
                LocalDate.of(2025, 5, 20), new ParagraphNumber(3, "a"), "Svar på revisionsrapport; Skydd mot välfärdsbrott",
                List.of(CaseNumber.parse("25RS1523"), CaseNumber.parse("KS/2019/0001/0009")), ParagraphKind.DECISION,
                "att avge «svar» på \"rapporten\"", 1.5f);
        Path file = dir.resolve("träffar.csv");

        export.export("svar", SearchQuery.of("svar"), new SearchResults("svar", null, List.of(hit), 1),
                ExportFormat.CSV, file);

        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        assertThat(text.split("\r\n")).containsExactly(
                "\"Organ\";\"Datum\";\"Paragraf\";\"Rubrik\";\"Diarienummer\";\"Typ\";\"Utdrag\"",
                "\"Hälso- och sjukvårdsnämnden\";\"2025-05-20\";\"§ 3 a\";\"Svar på revisionsrapport; Skydd mot "
                        + "välfärdsbrott\";\"RS 2025/1523, KS 2019/1/9\";\"Beslut\";\"att avge svar på \"\"rapporten\"\"\"");
    }

    @Test
    void anUnwritableFileIsExplainedInSwedish() {
        Path file = dir.resolve("finns-inte").resolve("träffar.pdf");

        assertThatThrownBy(() -> export.export("x", SearchQuery.of("x"), new SearchResults("x", null, List.of(), 0),
                ExportFormat.PDF, file))
                .hasMessageContaining("Träfflistan kunde inte sparas");
        assertThat(file).doesNotExist();
    }
}
