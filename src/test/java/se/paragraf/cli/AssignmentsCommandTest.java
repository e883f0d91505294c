package se.paragraf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.paragraf.application.assignment.ClauseProposal;
import se.paragraf.application.assignment.ManageAssignments;
import se.paragraf.domain.paragraph.ParagraphNumber;
import se.paragraf.ui.TestArchive;

class AssignmentsCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void detectPrintsAssigneeTaskDueAndDueTextAsJson() throws Exception {
        CliRun run = CliRun.of("assignments", "detect", "--meeting-date", "2025-05-20",
                "att ställa sig bakom inriktningen; samt att uppdra till regiondirektören att under hösten 2025 "
                        + "återkomma till regionstyrelsen med konkreta förslag; att uppdra till regiondirektören att utreda frågan.");
        assertThat(run.exitCode).isZero();
        JsonNode found = JSON.readTree(run.out);
        assertThat(found).hasSize(2);
        assertThat(found.get(0).get("assignee").asText()).isEqualTo("regiondirektören");
        assertThat(found.get(0).get("task").asText()).isEqualTo("återkomma till regionstyrelsen med konkreta förslag");
        assertThat(found.get(0).get("due").asText()).isEqualTo("2025-12-31");
        assertThat(found.get(0).get("dueText").asText()).isEqualTo("under hösten 2025");
        assertThat(found.get(1).get("due").isNull()).isTrue();
        assertThat(found.get(1).get("dueText").isNull()).isTrue();
    }

    @Test
    void detectExplainsAWrongDateInSwedish() {
        CliRun run = CliRun.of("assignments", "detect", "--meeting-date", "20 maj", "att uppdra till x att y");
        assertThat(run.exitCode).isNotZero();
        assertThat(run.err).contains("Skriv det som ÅÅÅÅ-MM-DD");
    }

    @Test
    void listShowsTheArchivesAssignmentsAndOverdueKeepsTheLateOnes(@TempDir Path dataDir) throws Exception {
        try (TestArchive archive = TestArchive.openIn(dataDir).withDemo()) {
            ManageAssignments assignments = archive.services().manageAssignments();
            var meeting = archive.services().listMeetings().all().stream()
                    .filter(b -> b.board().name().equals("Regionstyrelsen")).findFirst().orElseThrow().meetings().get(0).meeting();
            for (int number : new int[] {114, 100}) {
                var paragraph = archive.services().showMeeting().show(meeting.id()).orElseThrow().paragraphs().stream()
                        .filter(p -> p.number().equals(ParagraphNumber.of(number))).findFirst().orElseThrow();
                for (ClauseProposal p : assignments.propose(paragraph.id())) {
                    assignments.accept(paragraph.id(), p.block(), p.clause(), p.proposal().assigneeIfAny().orElse("regiondirektören"),
                            p.proposal().task(), p.proposal().due());
                }
            }
        }
        JsonNode all = JSON.readTree(CliRun.of("assignments", "list", "--json", "--data-dir", dataDir.toString()).out);
        assertThat(all).hasSize(3);
        assertThat(all.get(0).get("due").asText()).isEqualTo("2025-12-31");
        assertThat(all.get(2).get("due").isNull()).isTrue();
        assertThat(all.get(0).get("givenIn").asText()).startsWith("§ ");

        boolean late = LocalDate.now().isAfter(LocalDate.of(2025, 12, 31));
        JsonNode overdue = JSON.readTree(CliRun.of("assignments", "list", "--overdue", "--json", "--data-dir", dataDir.toString()).out);
        assertThat(overdue).hasSize(late ? 2 : 0);
        overdue.forEach(n -> assertThat(n.get("status").asText()).isEqualTo("OVERDUE"));

        CliRun text = CliRun.of("assignments", "list", "--data-dir", dataDir.toString());
        assertThat(text.outLines()).hasSize(3);
        assertThat(text.out).contains("regiondirektören: återkomma till regionstyrelsen");
    }
}
