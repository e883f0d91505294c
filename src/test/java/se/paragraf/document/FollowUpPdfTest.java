package se.paragraf.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import se.paragraf.application.plan.FollowUp;
import se.paragraf.domain.assignment.DecisionRef;
import se.paragraf.domain.plan.GoalId;
import se.paragraf.domain.plan.OperationalPlan;
import se.paragraf.ui.SeedAssignments;
import se.paragraf.ui.TestArchive;

/** The follow-up report of the demo plan, read back as text and validated as PDF/A-2a and PDF/UA-1. */
class FollowUpPdfTest {
    @TempDir
    Path dir;

    @Test
    void perGoalTheDecisionsAssignmentsAndIndicatorsThenTheUntouchedGoals() throws Exception {
        Path file = dir.resolve("uppfoljning.pdf");
        try (TestArchive archive = TestArchive.openIn(dir.resolve("archive")).withDemo()) {
            OperationalPlan plan = archive.services().managePlans().list().get(0);
            GoalId digital = plan.nodes().stream().filter(n -> "2.1.1".equals(n.code())).findFirst().orElseThrow().id();
            GoalId workplaces = plan.nodes().stream().filter(n -> "2.3.1".equals(n.code())).findFirst().orElseThrow().id();
            SeedAssignments.accept(archive);
            archive.services().linkGoals().link(digital, DecisionRef.whole(SeedAssignments.paragraph(archive, 114)));
            archive.services().linkGoals().link(workplaces, DecisionRef.whole(SeedAssignments.paragraph(archive, 105)));

            FollowUp followUp = archive.services().reportFollowUp().compile(plan.id(), LocalDate.of(2025, 1, 1),
                    LocalDate.of(2025, 8, 31));
            assertThat(followUp.untouched()).hasSize(4);
            assertThat(followUp.areas().get(0).goals().get(0).assignments()).singleElement()
                    .satisfies(w -> assertThat(w.origin()).startsWith("§ 114"));
            archive.services().reportFollowUp().export(plan.id(), LocalDate.of(2025, 1, 1), LocalDate.of(2025, 8, 31), file);

            assertThat(archive.services().reportFollowUp().compile(plan.id(), LocalDate.of(2024, 1, 1),
                    LocalDate.of(2024, 12, 31)).untouched()).hasSize(6);
        }
        // Kept beside the screenshots, to be looked at as a user would.
        java.nio.file.Files.createDirectories(se.paragraf.ui.Screenshots.DIRECTORY);
        java.nio.file.Files.copy(file, se.paragraf.ui.Screenshots.DIRECTORY.resolve("85-follow-up.pdf"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        String text = PdfReadBack.text(file).replaceAll("\\s+", " ");
        assertThat(text).contains("Uppföljning: Regionstyrelsens verksamhetsplan 2024–2026")
                .contains("Regionstyrelsen · beslut 2025-01-01 – 2025-08-31")
                .contains("Målområde 2.1 Ett attraktivt Västernorrland med hållbar utveckling")
                .contains("2025-05-20 Regionstyrelsen § 114 Regiongemensam inriktning")
                .contains("regiondirektören – återkomma till regionstyrelsen med konkreta förslag")
                .contains("redovisas under hösten 2025, § 114, 2025-05-20")
                .contains("Hållbart säkerhetsengagemang (HSE)").contains("Utfall 2022").contains("Målnivå 2024")
                .contains(">75").contains("RVN 77,")
                .contains("Mål som inget beslut rört under perioden")
                .contains("– 2.2.2 Vi bedriver kunskapsbaserad, trygg och säker hälso- och sjukvård samt tandvård");
        assertThat(text.indexOf("§ 105")).isLessThan(text.indexOf("Mål som inget beslut rört"));
        assertThat(PdfReadBack.failedRules(file, PDFAFlavour.PDFA_2_A)).isEmpty();
        assertThat(PdfReadBack.failedRules(file, PDFAFlavour.PDFUA_1)).isEmpty();
        assertThat(PdfReadBack.fontsNotEmbedded(file)).isEmpty();
    }
}
