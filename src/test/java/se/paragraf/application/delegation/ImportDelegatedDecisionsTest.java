package se.paragraf.application.delegation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.paragraf.app.Composition;
import se.paragraf.application.OpenArchive;
import se.paragraf.application.Services;
import se.paragraf.domain.board.Board;
import se.paragraf.domain.board.BoardKind;
import se.paragraf.domain.delegation.Adoption;
import se.paragraf.domain.delegation.DecisionFlag;
import se.paragraf.domain.delegation.Delegate;
import se.paragraf.domain.delegation.DelegationRule;
import se.paragraf.domain.matter.CaseNumber;

class ImportDelegatedDecisionsTest {
    private static final String GOOD = """
            punkt;beslutsfattare;roll;datum;diarienummer;beskrivning;överklagbart
            3.2;Per Ek;Regiondirektör;2025-04-02;25RS48;"Attest; faktura Inera AB";ja
            9.9;Per Ek;Regiondirektör;2025-04-03;;Okänd punkt;nej
            """;

    @TempDir
    Path dataDir;

    @Test
    void aGoodFileIsImportedWholeWithFlagsAndASecondTimeIsRefused() {
        try (OpenArchive archive = new Composition().open(dataDir)) {
            Services s = archive.services();
            Board board = boardWithScheme(s);

            ImportResult result = s.importDelegatedDecisions().importCsv(board.id(), GOOD.getBytes(StandardCharsets.UTF_8));

            assertThat(result.imported()).hasSize(2);
            assertThat(result.imported().get(0).decision().description()).isEqualTo("Attest; faktura Inera AB");
            assertThat(result.imported().get(0).decision().caseNumber()).isEqualTo(CaseNumber.parse("RS 2025/48"));
            assertThat(result.imported().get(1).findings()).extracting(f -> f.flag())
                    .containsExactly(DecisionFlag.RULE_NOT_VALID);
            assertThat(result.flagged()).isEqualTo(1);
            assertThatThrownBy(() -> s.importDelegatedDecisions().importCsv(board.id(), GOOD.getBytes(StandardCharsets.UTF_8)))
                    .isInstanceOf(DelegationImportException.class)
                    .hasMessageContaining("Rad 2: beslutet finns redan i registret");
            assertThat(s.registerDelegatedDecisions().list(RegisterFilter.all(board.id()))).hasSize(2);
        }
    }

    @Test
    void oneBadLineAndNothingIsImportedWithEveryBadLineNamed() {
        String csv = """
                Punkt;Beslutsfattare;Roll;Datum;Diarienummer;Beskrivning;Överklagbart;Ordförandebeslut
                3.2;Per Ek;Regiondirektör;2025-04-02;25RS48;Attest;ja;nej
                3.2;Per Ek;Regiondirektör;2/4 2025;25RS48;Attest;ja;nej

                3.2;Per Ek;Regiondirektör;2025-04-05;inget dnr;Attest;kanske;nej
                3.2;;Regiondirektör;2025-04-06;;Attest;ja;nej
                3.2;Per Ek;Regiondirektör;2025-04-02;25RS48;Attest;ja;nej
                """;
        try (OpenArchive archive = new Composition().open(dataDir)) {
            Services s = archive.services();
            Board board = boardWithScheme(s);

            assertThatThrownBy(() -> s.importDelegatedDecisions().importCsv(board.id(), csv.getBytes(StandardCharsets.UTF_8)))
                    .isInstanceOf(DelegationImportException.class)
                    .satisfies(e -> assertThat(((DelegationImportException) e).lineErrors()).containsExactly(
                            "Rad 3: datumet \"2/4 2025\" ska skrivas som år-månad-dag, till exempel 2025-04-02.",
                            "Rad 5: \"inget dnr\" är inget giltigt diarienummer. Skriv till exempel 25RS1523, "
                                    + "RS 2025/1523 eller KS/2019/0001/0009.",
                            "Rad 6: kolumnen beslutsfattare är tom.",
                            "Rad 7: beslutet finns redan på rad 2. Ta bort raden om filen redan har importerats."))
                    .hasMessageStartingWith("Inget importerades, eftersom 4 rader har fel.");
            assertThat(s.registerDelegatedDecisions().list(RegisterFilter.all(board.id()))).isEmpty();
        }
    }

    @Test
    void excelsSwedishCsvInWindows1252AndAHeaderWithoutColumnsAreUnderstood() {
        try (OpenArchive archive = new Composition().open(dataDir)) {
            Services s = archive.services();
            Board board = boardWithScheme(s);
            byte[] excel = ("punkt;beslutsfattare;roll;datum;beskrivning;överklagbart;ordförandebeslut\r\n"
                    + "3.2;Åsa Öberg;Regiondirektör;2025-04-02;Avtal om städtjänst;ja;x\r\n")
                    .getBytes(Charset.forName("windows-1252"));

            ImportResult result = s.importDelegatedDecisions().importCsv(board.id(), excel);

            assertThat(result.imported()).singleElement().satisfies(e -> {
                assertThat(e.decision().person()).isEqualTo("Åsa Öberg");
                assertThat(e.decision().urgent()).isTrue();
            });
            assertThatThrownBy(() -> s.importDelegatedDecisions().importCsv(board.id(),
                    "datum;text\n2025-01-01;x\n".getBytes(StandardCharsets.UTF_8)))
                    .hasMessageContaining("Rad 1: rubrikraden saknar punkt, beslutsfattare, roll, beskrivning, överklagbart");
        }
    }

    private static Board boardWithScheme(Services s) {
        Board board = s.manageBoards().createBoard("Regionstyrelsen", BoardKind.EXECUTIVE_BOARD, null, 2);
        var scheme = s.manageDelegation().adopt(board.id(), new Adoption(LocalDate.of(2024, 12, 10), null),
                LocalDate.of(2025, 1, 1));
        s.manageDelegation().saveRule(scheme.id(), null, DelegationRule.of("3.2", "Attest", Delegate.role("Regiondirektör")));
        return board;
    }
}
