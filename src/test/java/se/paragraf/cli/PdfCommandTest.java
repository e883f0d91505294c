package se.paragraf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.paragraf.app.Composition;
import se.paragraf.application.OpenArchive;
import se.paragraf.document.PdfReadBack;

class PdfCommandTest {
    @TempDir
    static Path dataDir;
    private static String meeting;

    @BeforeAll
    static void demo() {
        try (OpenArchive archive = new Composition().open(dataDir)) {
            archive.services().createDemoArchive().create();
            meeting = Long.toString(archive.services().listMeetings().all().stream().flatMap(b -> b.meetings().stream())
                    .filter(m -> m.paragraphCount() > 0).findFirst().orElseThrow().meeting().id().value());
        }
    }

    @Test
    void writesTheWholeProtocol() throws Exception {
        Path out = dataDir.resolve("protokoll.pdf");

        CliRun run = CliRun.of("pdf", "--data-dir", dataDir.toString(), "--meeting", meeting, "--out", out.toString());

        assertThat(run.exitCode).as(run.err).isZero();
        assertThat(run.out).contains("Protokollet sparat i " + out);
        assertThat(PdfReadBack.text(out)).contains("PROTOKOLL", "REGIONSTYRELSEN", "§ 96 Val av justerare",
                "§ 135 ", "Sida 3(");
    }

    @Test
    void writesAnExtractOfTheChosenParagraphs() throws Exception {
        Path out = dataDir.resolve("utdrag.pdf");

        CliRun run = CliRun.of("pdf", "--data-dir", dataDir.toString(), "--meeting", meeting, "--out", out.toString(),
                "--paragraphs", "98,101", "--certified-by", "Maria Ström", "--public");

        assertThat(run.exitCode).as(run.err).isZero();
        assertThat(run.out).contains("Utdraget (2 paragrafer) sparat i", "offentlig version");
        String text = PdfReadBack.text(out);
        assertThat(text).contains("PROTOKOLLSUTDRAG", "§ 98 ", "§ 101 ");
        assertThat(text).doesNotContain("§ 99 ", "§ 100 ");
        assertThat(text).as("the demo protocol is not justerat, so nobody can certify the extract yet")
                .contains("EJ JUSTERAT").doesNotContain("Rätt utdraget intygar", "Maria Ström");
    }

    @Test
    void anUnknownMeetingIsExplainedInSwedishAndNoFileIsLeft() {
        Path out = dataDir.resolve("saknas.pdf");

        CliRun run = CliRun.of("pdf", "--data-dir", dataDir.toString(), "--meeting", "9999", "--out", out.toString());

        assertThat(run.exitCode).isEqualTo(ParagrafCommand.INVALID_INPUT);
        assertThat(run.err).contains("Sammanträde 9999 finns inte i arkivet");
        assertThat(Files.exists(out)).isFalse();
    }

    @Test
    void anUnknownParagraphIsExplainedInSwedish() {
        Path out = dataDir.resolve("fel.pdf");

        CliRun run = CliRun.of("pdf", "--data-dir", dataDir.toString(), "--meeting", meeting, "--out", out.toString(),
                "--paragraphs", "98,999");

        assertThat(run.exitCode).isEqualTo(ParagrafCommand.INVALID_INPUT);
        assertThat(run.err).contains("§ 999 finns inte i sammanträdet 2025-05-20", "§§ 96–135");
        assertThat(Files.exists(out)).isFalse();
    }
}
