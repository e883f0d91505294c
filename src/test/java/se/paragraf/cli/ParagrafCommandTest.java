package se.paragraf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParagrafCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

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
        assertThat(info.out).contains("Schemaversion: 1").contains("Organ:         2")
                .contains("Sammanträden:  1").contains("Paragrafer:    6");
    }

    @Test
    void infoAsJson() throws Exception {
        CliRun.of("demo", "--data-dir", dataDir.toString());
        CliRun info = CliRun.of("db", "info", "--json", "--data-dir", dataDir.toString());

        JsonNode node = JSON.readTree(info.out);
        assertThat(node.get("paragraphs").asLong()).isEqualTo(6);
        assertThat(node.get("schemaVersion").asText()).isEqualTo("1");
    }

    @Test
    void demoRefusesAnArchiveThatHasData() {
        CliRun.of("demo", "--data-dir", dataDir.toString());
        CliRun again = CliRun.of("demo", "--data-dir", dataDir.toString());

        assertThat(again.exitCode).isNotZero();
        assertThat(again.err).contains("Arkivet innehåller redan data");
        assertThat(again.err).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(CliRun.of("db", "info", "--data-dir", dataDir.toString()).out).contains("Paragrafer:    6");
    }

    @Test
    void smokeOpensAndMigratesWithoutAWindow() {
        CliRun run = CliRun.of("--smoke", "--data-dir", dataDir.toString());

        assertThat(run.exitCode).as(run.err).isZero();
        assertThat(run.out).contains("schemaversion 1");
        assertThat(run.windowsStarted).isEmpty();
        assertThat(dataDir.resolve("paragraf.mv.db")).exists();
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
        for (String[] args : new String[][] {{"--help"}, {"db", "info", "--help"}, {"casenumber", "normalize", "--help"}}) {
            CliRun run = CliRun.of(args);
            assertThat(run.exitCode).isZero();
            assertThat(run.out).contains("Användning:").contains("Visa den här hjälpen")
                    .doesNotContain("Usage").doesNotContain("Show this help");
        }
    }
}
