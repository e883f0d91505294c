package se.paragraf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import se.paragraf.document.PdfReadBack;
import se.paragraf.domain.assignment.DecisionRef;
import se.paragraf.domain.plan.GoalId;
import se.paragraf.domain.plan.OperationalPlan;
import se.paragraf.ui.SeedAssignments;
import se.paragraf.ui.TestArchive;

class PlanCommandTest {
    @TempDir
    Path dir;

    private Path demoWithLinks() {
        Path dataDir = dir.resolve("arkiv");
        try (TestArchive archive = TestArchive.openIn(dataDir).withDemo()) {
            OperationalPlan plan = archive.services().managePlans().list().get(0);
            GoalId goal = plan.nodes().stream().filter(n -> "2.1.1".equals(n.code())).findFirst().orElseThrow().id();
            SeedAssignments.accept(archive);
            archive.services().linkGoals().link(goal, DecisionRef.whole(SeedAssignments.paragraph(archive, 114)));
        }
        return dataDir;
    }

    @Test
    void reportWritesTheFollowUpOfThePlanNamedForThePeriod() throws Exception {
        Path dataDir = demoWithLinks();
        Path file = dir.resolve("delår.pdf");

        CliRun run = CliRun.of("plan", "report", "--data-dir", dataDir.toString(), "--plan", "verksamhetsplan 2024",
                "--from", "2025-01-01", "--to", "2025-08-31", "--out", file.toString());

        assertThat(run.exitCode).as(run.err).isZero();
        assertThat(run.out).contains("Uppföljningen av Regionstyrelsens verksamhetsplan 2024–2026 för 2025-01-01 – 2025-08-31 sparades i "
                + file);
        String text = PdfReadBack.text(file).replaceAll("\\s+", " ");
        assertThat(text).contains("Målområde 2.1 Ett attraktivt Västernorrland med hållbar utveckling")
                .contains("2025-05-20 Regionstyrelsen § 114 Regiongemensam inriktning")
                .contains("regiondirektören – återkomma till regionstyrelsen med konkreta förslag")
                // The status is derived from today's date, so any of the undone ones will do.
                .containsPattern("(Öppet|Snart|Försenat): regiondirektören – återkomma");
        assertThat(PdfReadBack.failedRules(file, PDFAFlavour.PDFA_2_A)).isEmpty();
        Files.createDirectories(se.paragraf.ui.Screenshots.DIRECTORY);
        Files.copy(file, se.paragraf.ui.Screenshots.DIRECTORY.resolve("86-follow-up-cli.pdf"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        CliRun list = CliRun.of("plan", "list", "--data-dir", dataDir.toString());
        assertThat(list.out).contains("2024–2026").contains("Regionstyrelsens verksamhetsplan 2024–2026");
        String id = list.outLines().get(0).strip().split("\\s+")[0];
        assertThat(CliRun.of("plan", "report", "--data-dir", dataDir.toString(), "--plan", id, "--from", "2025-01-01",
                "--to", "2025-12-31", "--out", dir.resolve("helår.pdf").toString()).exitCode).isZero();
    }

    @Test
    void badInputIsExplainedInSwedishWithExitCodeTwo() {
        Path dataDir = demoWithLinks();
        Path file = dir.resolve("x.pdf");
        CliRun date = CliRun.of("plan", "report", "--data-dir", dataDir.toString(), "--plan", "Regionstyrelsens",
                "--from", "1 jan", "--to", "2025-08-31", "--out", file.toString());
        assertThat(date.exitCode).isEqualTo(2);
        assertThat(date.err).contains("Datumet \"1 jan\" i --from kunde inte läsas. Skriv det som ÅÅÅÅ-MM-DD");

        CliRun unknown = CliRun.of("plan", "report", "--data-dir", dataDir.toString(), "--plan", "Kulturnämnden",
                "--from", "2025-01-01", "--to", "2025-08-31", "--out", file.toString());
        assertThat(unknown.exitCode).isEqualTo(2);
        assertThat(unknown.err).contains("Ingen plan har id eller rubrik \"Kulturnämnden\"");

        CliRun backwards = CliRun.of("plan", "report", "--data-dir", dataDir.toString(), "--plan", "Regionstyrelsens",
                "--from", "2025-08-31", "--to", "2025-01-01", "--out", file.toString());
        assertThat(backwards.exitCode).isEqualTo(2);
        assertThat(backwards.err).contains("Perioden måste sluta samma dag eller senare");

        CliRun missing = CliRun.of("plan", "report", "--data-dir", dataDir.toString(), "--plan", "Regionstyrelsens");
        assertThat(missing.exitCode).isEqualTo(2);
        assertThat(Files.exists(file)).isFalse();
    }
}
