package se.paragraf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.paragraf.persistence.Database;

/** Runs target/paragraf.jar as a separate process, exactly as the README tells a user to. */
class PackagedJarIT {
    private static final Path JAR = Path.of(System.getProperty("paragraf.jar", "target/paragraf.jar"));

    @TempDir
    Path dataDir;

    record Result(int exitCode, String out, String err) {
    }

    private static Result run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-jar");
        command.add(JAR.toString());
        command.addAll(List.of(args));
        Path out = Files.createTempFile("paragraf-out", ".txt");
        Path err = Files.createTempFile("paragraf-err", ".txt");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("paragraf " + String.join(" ", args) + " hängde sig");
        }
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void versionComesFromTheBuild() throws Exception {
        Result r = run("--version");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out().strip()).matches("Paragraf \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    }

    @Test
    void normalizeWritesCleanJsonAndFailsOnBadInput() throws Exception {
        Result r = run("casenumber", "normalize", "RS 2025/123", "nonsens");
        assertThat(r.exitCode()).isNotZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).isEqualTo(
                "{\"input\":\"RS 2025/123\",\"series\":\"RS\",\"year\":2025,\"number\":123,\"subNumber\":null,"
                        + "\"canonical\":\"RS 2025/123\"}");
        assertThat(lines.get(1)).startsWith("{\"input\":\"nonsens\",\"error\":");
        assertThat(r.err()).contains("kunde inte tolkas");
    }

    @Test
    void importsAProtocolFileAndKnowsItTheSecondTime() throws Exception {
        Path seed = Path.of("..", "shared", "seeds", "003_e2d92784432a1afb.txt");
        Result dry = run("import", "--dry-run", "--json", seed.toString());
        assertThat(dry.exitCode()).as(dry.err()).isZero();
        assertThat(dry.out()).contains("\"board\" : \"Regionstyrelsen\"").contains("\"meetingDate\" : \"2025-05-20\"");

        Result first = run("import", "--data-dir", dataDir.toString(), seed.toString());
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).contains("Importerade:       1");
        Result again = run("import", "--data-dir", dataDir.toString(), seed.toString());
        assertThat(again.out()).contains("Redan importerade: 1");
        assertThat(run("db", "info", "--data-dir", dataDir.toString()).out()).contains("Paragrafer:    40");
    }

    @Test
    void demoSmokeAndInfoOnOneArchive() throws Exception {
        Result demo = run("demo", "--data-dir", dataDir.toString());
        assertThat(demo.exitCode()).as(demo.err()).isZero();

        Result smoke = run("--smoke", "--data-dir", dataDir.toString());
        assertThat(smoke.exitCode()).as(smoke.err()).isZero();
        assertThat(smoke.out()).contains("schemaversion " + Database.LATEST_MIGRATION);

        Result info = run("db", "info", "--data-dir", dataDir.toString());
        assertThat(info.exitCode()).as(info.err()).isZero();
        assertThat(info.out()).contains("Paragrafer:    40");
        assertThat(dataDir.resolve("logs/paragraf.log")).exists();
    }

    @Test
    void aSecondInstanceGetsASwedishMessageNotAStackTrace() throws Exception {
        try (Database held = Database.openH2(dataDir)) {
            Result r = run("db", "info", "--data-dir", dataDir.toString());

            assertThat(r.exitCode()).isNotZero();
            assertThat(r.err()).contains("används redan");
            assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
        }
    }
}
