package se.paragraf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
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
import se.paragraf.domain.delegation.Delegate;
import se.paragraf.domain.delegation.DelegationRule;

class DelegationCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dataDir;

    private long meetingWithScheme() {
        try (OpenArchive archive = new Composition().open(dataDir)) {
            Services s = archive.services();
            Board board = s.manageBoards().createBoard("Regionstyrelsen", BoardKind.EXECUTIVE_BOARD, null, 2);
            var scheme = s.manageDelegation().adopt(board.id(), new Adoption(LocalDate.of(2024, 12, 10), null),
                    LocalDate.of(2025, 1, 1));
            s.manageDelegation().saveRule(scheme.id(), null, DelegationRule.of("3.2", "Attest av fakturor",
                    Delegate.role("Regiondirektör")));
            s.manageDelegation().saveRule(scheme.id(), null, DelegationRule.of("1.1", "Brådskande ärenden",
                    Delegate.chair()));
            return s.planMeeting().create(board.id(), LocalDate.of(2025, 5, 20), null, null, null, null).id().value();
        }
    }

    @Test
    void importThenReportPrintsWhatTheParagraphWouldHold() throws Exception {
        long meeting = meetingWithScheme();
        Path csv = dataDir.resolveSibling(dataDir.getFileName() + "-beslut.csv");
        Files.writeString(csv, """
                punkt;beslutsfattare;roll;datum;diarienummer;beskrivning;överklagbart;ordförandebeslut
                3.2;Per Ek;Regiondirektör;2025-04-02;25RS48;Attest faktura Inera AB;ja;nej
                1.1;Eva Lund;Ordförande;2025-04-10;;Yttrande i mål nr 800-25;nej;ja
                3.2;Per Ek;Regiondirektör;2025-05-21;;Efter sammanträdet;ja;nej
                """);

        CliRun imported = CliRun.of("delegation", "import", "--data-dir", dataDir.toString(), "--board",
                "regionstyrelsen", csv.toString());
        CliRun report = CliRun.of("delegation", "report", "--data-dir", dataDir.toString(), "--meeting",
                Long.toString(meeting), "--json");

        assertThat(imported.exitCode).as(imported.err).isZero();
        assertThat(imported.out).startsWith("3 delegationsbeslut importerade.");
        assertThat(report.exitCode).as(report.err).isZero();
        JsonNode root = JSON.readTree(report.out);
        assertThat(root.get("title").asText()).isEqualTo("Anmälan av delegationsbeslut");
        assertThat(root.get("board").asText()).isEqualTo("Regionstyrelsen");
        assertThat(root.get("decisions").asInt()).isEqualTo(2);
        assertThat(root.get("groups")).hasSize(2);
        assertThat(root.get("groups").get(0).get("rule").asText()).isEqualTo("1.1");
        assertThat(root.get("groups").get(1).get("matterKind").asText()).isEqualTo("Attest av fakturor");
        assertThat(root.get("groups").get(1).get("decisions").get(0).get("caseNumber").asText()).isEqualTo("RS 2025/48");
        assertThat(root.get("urgent").get(0).get("description").asText()).isEqualTo("Yttrande i mål nr 800-25");
        CliRun text = CliRun.of("delegation", "report", "--data-dir", dataDir.toString(), "--meeting", Long.toString(meeting));
        assertThat(text.outLines()).contains("3.2 Attest av fakturor – Regiondirektör",
                "  2025-04-02  25RS48  Attest faktura Inera AB (Per Ek)");
    }

    @Test
    void aFileWithABadLineImportsNothingAndSaysWhichLine() throws Exception {
        long meeting = meetingWithScheme();
        Path csv = dataDir.resolveSibling(dataDir.getFileName() + "-fel.csv");
        Files.writeString(csv, """
                punkt;beslutsfattare;roll;datum;diarienummer;beskrivning;överklagbart
                3.2;Per Ek;Regiondirektör;2025-04-02;25RS48;Attest;ja
                3.2;Per Ek;Regiondirektör;2025-04-31;25RS48;Attest;ja
                """);

        CliRun run = CliRun.of("delegation", "import", "--data-dir", dataDir.toString(), "--board", "Regionstyrelsen",
                csv.toString());

        assertThat(run.exitCode).isEqualTo(ParagrafCommand.INVALID_INPUT);
        assertThat(run.err).contains("Inget importerades").contains("Rad 3: datumet \"2025-04-31\"");
        CliRun report = CliRun.of("delegation", "report", "--data-dir", dataDir.toString(), "--meeting",
                Long.toString(meeting), "--json");
        assertThat(JSON.readTree(report.out).get("decisions").asInt()).isZero();
        assertThat(CliRun.of("delegation", "import", "--data-dir", dataDir.toString(), "--board", "Kultur",
                csv.toString()).err).contains("Organet \"Kultur\" finns inte");
        assertThat(CliRun.of("delegation", "report", "--help").out).contains("Användning").contains("--meeting")
                .doesNotContain("Usage");
    }
}
