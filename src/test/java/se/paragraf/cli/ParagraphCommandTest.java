package se.paragraf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.paragraf.app.Composition;
import se.paragraf.application.OpenArchive;
import se.paragraf.domain.meeting.MeetingId;
import se.paragraf.domain.paragraph.Paragraph;
import se.paragraf.domain.paragraph.ParagraphNumber;

class ParagraphCommandTest {
    @TempDir
    Path dataDir;
    private String meeting;

    @BeforeEach
    void demo() {
        try (OpenArchive archive = new Composition().open(dataDir)) {
            archive.services().createDemoArchive().create();
            meeting = Long.toString(archive.services().listMeetings().all().stream().flatMap(b -> b.meetings().stream())
                    .filter(m -> m.paragraphCount() > 0).findFirst().orElseThrow().meeting().id().value());
        }
    }

    @Test
    void setsAndClearsSekretessOnADraft() {
        CliRun set = run("--paragraph", "98", "--ground", "OSL 26 kap. 1 §");

        assertThat(set.exitCode).as(set.err).isZero();
        assertThat(set.out).startsWith("§ 98 ").contains("sekretess enligt OSL 26 kap. 1 §");
        assertThat(paragraph98().secrecy()).hasValueSatisfying(s ->
                assertThat(s.oslReference()).isEqualTo("OSL 26 kap. 1 §"));

        CliRun cleared = run("--paragraph", "98", "--clear");

        assertThat(cleared.exitCode).as(cleared.err).isZero();
        assertThat(cleared.out).contains(": offentlig.");
        assertThat(paragraph98().isConfidential()).isFalse();
    }

    @Test
    void aGroundThatIsNoOslReferenceIsExplainedInSwedish() {
        CliRun run = run("--paragraph", "98", "--ground", "hemligt");

        assertThat(run.exitCode).isEqualTo(ParagrafCommand.INVALID_INPUT);
        assertThat(run.err).contains("är ingen hänvisning till OSL", "OSL 21 kap. 1 §");
        assertThat(paragraph98().isConfidential()).isFalse();
    }

    @Test
    void anUnknownParagraphIsExplainedInSwedish() {
        CliRun run = run("--paragraph", "999", "--ground", "OSL 26 kap. 1 §");

        assertThat(run.exitCode).isEqualTo(ParagrafCommand.INVALID_INPUT);
        assertThat(run.err).contains("§ 999 finns inte i sammanträde " + meeting, "§ 96–135");
    }

    @Test
    void eitherAGroundOrClearMustBeGiven() {
        assertThat(run("--paragraph", "98").exitCode).isNotZero();
        assertThat(run("--paragraph", "98", "--clear", "--ground", "OSL 26 kap. 1 §").exitCode).isNotZero();
    }

    @Test
    void aJusteratProtocolIsLocked() {
        String dir = dataDir.toString();
        assertThat(CliRun.of("minutes", "ready", "--data-dir", dir, "--meeting", meeting, "--date", "2025-05-21")
                .exitCode).isZero();
        CliRun adjusted = CliRun.of("minutes", "adjust", "--data-dir", dir, "--meeting", meeting, "--date",
                "2025-05-23", "--signed-by", "Anna Ordförande", "--signed-by", "Bertil Justerare");
        assertThat(adjusted.exitCode).as(adjusted.err).isZero();

        CliRun run = run("--paragraph", "98", "--ground", "OSL 26 kap. 1 §");

        assertThat(run.exitCode).isEqualTo(ParagrafCommand.INVALID_INPUT);
        assertThat(run.err).contains("kan inte längre ändras");
        assertThat(paragraph98().isConfidential()).isFalse();
    }

    private CliRun run(String... args) {
        String[] all = new String[args.length + 6];
        System.arraycopy(new String[] {"paragraph", "confidential", "--data-dir", dataDir.toString(), "--meeting",
            meeting}, 0, all, 0, 6);
        System.arraycopy(args, 0, all, 6, args.length);
        return CliRun.of(all);
    }

    private Paragraph paragraph98() {
        try (OpenArchive archive = new Composition().open(dataDir)) {
            return archive.services().exportMeeting().export(new MeetingId(Long.parseLong(meeting))).orElseThrow()
                    .details().paragraphs().stream().filter(p -> p.number().equals(ParagraphNumber.of(98)))
                    .findFirst().orElseThrow();
        }
    }
}
