package se.paragraf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.paragraf.persistence.Database;

class ParagrafCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SEED = Path.of("..", "shared", "seeds", "003_e2d92784432a1afb.txt");

    @TempDir
    Path dataDir;

    @Test
    void normalizePrintsOneJsonObjectPerInput() throws Exception {
        CliRun run = CliRun.of("casenumber", "normalize", "25RS1523", "RS 2025/123", "KS/2019/0001/0009", "dnr 22rs7118");

        assertThat(run.exitCode).isZero();
        assertThat(run.outLines()).hasSize(4);
        JsonNode first = JSON.readTree(run.outLines().get(0));
        assertThat(first.get("input").asText()).isEqualTo("25RS1523");
        assertThat(first.get("series").asText()).isEqualTo("RS");
        assertThat(first.get("year").asInt()).isEqualTo(2025);
        assertThat(first.get("number").asInt()).isEqualTo(1523);
        assertThat(first.get("subNumber").isNull()).isTrue();
        JsonNode third = JSON.readTree(run.outLines().get(2));
        assertThat(third.get("series").asText()).isEqualTo("KS");
        assertThat(third.get("number").asInt()).isEqualTo(1);
        assertThat(third.get("subNumber").asInt()).isEqualTo(9);
        assertThat(JSON.readTree(run.outLines().get(3)).get("year").asInt()).isEqualTo(2022);
        assertThat(run.err).isEmpty();
    }

    @Test
    void normalizeReportsInvalidInputInJsonAndExitsNonZero() throws Exception {
        CliRun run = CliRun.of("casenumber", "normalize", "RS 2025/123", "inget nummer");

        assertThat(run.exitCode).isEqualTo(ParagrafCommand.INVALID_INPUT);
        JsonNode bad = JSON.readTree(run.outLines().get(1));
        assertThat(bad.get("input").asText()).isEqualTo("inget nummer");
        assertThat(bad.get("error").asText()).contains("inget giltigt diarienummer");
        assertThat(bad.has("series")).isFalse();
        assertThat(run.err).contains("1 av 2 diarienummer kunde inte tolkas");
    }

    @Test
    void demoThenInfoShowsTheDemoArchive() {
        CliRun demo = CliRun.of("demo", "--data-dir", dataDir.toString());
        assertThat(demo.exitCode).as(demo.err).isZero();
        assertThat(demo.out).contains("Demoarkivet är skapat");

        CliRun info = CliRun.of("db", "info", "--data-dir", dataDir.toString());
        assertThat(info.exitCode).as(info.err).isZero();
        assertThat(info.out).contains("Schemaversion: " + Database.LATEST_MIGRATION).contains("Organ:         2")
                .contains("Sammanträden:  1").contains("Paragrafer:    40");
    }

    @Test
    void infoAsJson() throws Exception {
        CliRun.of("demo", "--data-dir", dataDir.toString());
        CliRun info = CliRun.of("db", "info", "--json", "--data-dir", dataDir.toString());

        JsonNode node = JSON.readTree(info.out);
        assertThat(node.get("paragraphs").asLong()).isEqualTo(40);
        assertThat(node.get("schemaVersion").asText()).isEqualTo(Database.LATEST_MIGRATION);
    }

    @Test
    void demoRefusesAnArchiveThatHasData() {
        CliRun.of("demo", "--data-dir", dataDir.toString());
        CliRun again = CliRun.of("demo", "--data-dir", dataDir.toString());

        assertThat(again.exitCode).isNotZero();
        assertThat(again.err).contains("Arkivet innehåller redan data");
        assertThat(again.err).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(CliRun.of("db", "info", "--data-dir", dataDir.toString()).out).contains("Paragrafer:    40");
    }

    @Test
    void smokeOpensAndMigratesWithoutAWindow() {
        CliRun run = CliRun.of("--smoke", "--data-dir", dataDir.toString());

        assertThat(run.exitCode).as(run.err).isZero();
        assertThat(run.out).contains("schemaversion " + Database.LATEST_MIGRATION);
        assertThat(run.windowsStarted).isEmpty();
        assertThat(dataDir.resolve("paragraf.mv.db")).exists();
        assertThat(dataDir.resolve("paragraf.key")).exists();
    }

    @Test
    void anArchiveWhoseKeyFileIsGoneSaysSoInSwedish() throws Exception {
        assertThat(CliRun.of("--smoke", "--data-dir", dataDir.toString()).exitCode).isZero();
        java.nio.file.Files.delete(dataDir.resolve("paragraf.key"));

        CliRun run = CliRun.of("db", "info", "--data-dir", dataDir.toString());
        assertThat(run.exitCode).isNotZero();
        assertThat(run.err).contains("Nyckelfilen " + dataDir.toAbsolutePath().normalize().resolve("paragraf.key")
                + " saknas; arkivet kan inte öppnas utan den. Återställ den från säkerhetskopian")
                .doesNotContain("\tat ").doesNotContain("Exception");
    }

    @Test
    void dryRunPrintsTheParsedProtocolAsJsonAndSavesNothing() throws Exception {
        CliRun run = CliRun.of("import", "--dry-run", "--json", SEED.toString());

        assertThat(run.exitCode).as(run.err).isZero();
        JsonNode protocol = JSON.readTree(run.out);
        assertThat(protocol.fieldNames()).toIterable().containsExactly("board", "meetingDate", "paragraphs");
        assertThat(protocol.get("board").asText()).isEqualTo("Regionstyrelsen");
        assertThat(protocol.get("meetingDate").asText()).isEqualTo("2025-05-20");
        assertThat(protocol.get("paragraphs")).hasSize(40);
        JsonNode p98 = protocol.get("paragraphs").get(2);
        assertThat(p98.fieldNames()).toIterable().containsExactly("number", "title", "caseNumbers", "clauses",
                "decisionText", "preparations", "recipients", "attachments", "immediateAdjustment", "warnings");
        assertThat(p98.get("number").asText()).isEqualTo("98");
        assertThat(p98.get("caseNumbers").get(0).asText()).isEqualTo("25RS1523");
        assertThat(p98.get("clauses")).hasSize(6);
        assertThat(p98.get("attachments").toString()).isEqualTo("[\"1\",\"2\",\"3\"]");
        assertThat(p98.get("immediateAdjustment").isBoolean()).isTrue();
        assertThat(p98.get("preparations").get(0).asText()).isEqualTo("Finansutskottet den 7 maj 2025, § 71");
        assertThat(dataDir).isEmptyDirectory();
    }

    @Test
    void dryRunWithoutJsonSummarisesInSwedish() {
        CliRun run = CliRun.of("import", "--dry-run", SEED.toString());

        assertThat(run.exitCode).as(run.err).isZero();
        assertThat(run.out).contains("Nämnd:             Regionstyrelsen").contains("Paragrafer:        40 (§§ 96–135)")
                .contains("§ 98 Svar på revisionsrapport; Skydd mot välfärdsbrott (25RS1523), 6 att-satser")
                .contains("Inget har sparats");
    }

    @Test
    void importReportsProgressOnStderrAndTheSummaryOnStdout() throws Exception {
        Path garbage = java.nio.file.Files.writeString(dataDir.resolve("skrap.txt"), "Ingen paragraf här.");
        Path archive = dataDir.resolve("arkiv");

        CliRun first = CliRun.of("import", "--data-dir", archive.toString(), SEED.toString(), garbage.toString());
        assertThat(first.exitCode).isEqualTo(1);
        assertThat(first.err).contains("[1/2] 003_e2d92784432a1afb.txt").contains("[2/2] skrap.txt");
        assertThat(first.out).contains("Importerade:       1").contains("Misslyckade:       1")
                .contains("skrap.txt: Texten innehåller inga paragrafer");

        CliRun again = CliRun.of("import", "--data-dir", archive.toString(), SEED.toString());
        assertThat(again.exitCode).as(again.err).isZero();
        assertThat(again.out).contains("Importerade:       0").contains("Redan importerade: 1");
        assertThat(CliRun.of("db", "info", "--data-dir", archive.toString()).out).contains("Paragrafer:    40");
    }

    @Test
    void noCommandStartsTheWindowOnTheChosenArchive() {
        CliRun run = CliRun.of("--data-dir", dataDir.toString());

        assertThat(run.exitCode).isZero();
        assertThat(run.windowsStarted).containsExactly(dataDir);
    }

    @Test
    void versionIsPrinted() {
        CliRun run = CliRun.of("--version");
        assertThat(run.exitCode).isZero();
        assertThat(run.out).startsWith("Paragraf ").doesNotContain("${");
    }

    @Test
    void unknownCommandGetsSwedishHelp() {
        CliRun run = CliRun.of("frobnicate");
        assertThat(run.exitCode).isEqualTo(ParagrafCommand.INVALID_INPUT);
        assertThat(run.err).contains("Felaktigt kommando").contains("paragraf --help");
    }

    @Test
    void helpIsSwedishAllTheWayDown() {
        for (String[] args : new String[][] {{"--help"}, {"db", "info", "--help"}, {"casenumber", "normalize", "--help"},
                {"import", "--help"}}) {
            CliRun run = CliRun.of(args);
            assertThat(run.exitCode).isZero();
            assertThat(run.out).contains("Användning:").contains("Visa den här hjälpen")
                    .doesNotContain("Usage").doesNotContain("Show this help");
        }
    }
}
