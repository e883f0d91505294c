package se.paragraf.domain.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AssignmentDetectorTest {
    private static final LocalDate SEED_MEETING = LocalDate.of(2025, 5, 20);
    private final AssignmentDetector detector = new AssignmentDetector(BoardCalendar.NONE);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            att uppdra till regiondirektören att under hösten 2025 återkomma till regionstyrelsen med konkreta förslag för vad den gemensamma inriktningen innebär | regiondirektören | återkomma till regionstyrelsen med konkreta förslag för vad den gemensamma inriktningen innebär | 2025-12-31
            uppdra till regiondirektören att revidera delegationsordning och riktlinje Attest så att de brister som Regionens revisorer identifierat åtgärdas | regiondirektören | revidera delegationsordning och riktlinje Attest så att de brister som Regionens revisorer identifierat åtgärdas | null
            att ge hälso- och sjukvårdsdirektören i uppdrag att återkomma i september med en handlingsplan | hälso- och sjukvårdsdirektören | återkomma med en handlingsplan | 2025-09-30
            regiondirektören får i uppdrag att senast juni 2026 redovisa kostnaderna | regiondirektören | redovisa kostnaderna | 2026-06-30
            att uppdra åt förvaltningen att utreda frågan | förvaltningen | utreda frågan | null
            """)
    void readsAssigneeTaskAndDue(String clause, String assignee, String task, LocalDate due) {
        List<ProposedAssignment> found = detector.detect(List.of(clause), SEED_MEETING);
        assertThat(found).singleElement().satisfies(p -> {
            assertThat(p.assignee()).isEqualTo(assignee);
            assertThat(p.task()).isEqualTo(task);
            assertThat(p.due().date()).isEqualTo(due);
        });
    }

    @Test
    void seedParagraph100GivesTwoAssignmentsAndTheReportDemandInheritsTheAssignee() {
        String decision = """
                att avge ”Svar på revisionsrapport Hantering av allmänna handlingar”;

                att uppdra till regiondirektören att tillse att hantering av allmänna handlingar
                inarbetas som kategori i den regiongemensamma mallen för riskanalys inom intern
                styrning och kontroll; samt

                att uppföljning av planerade insatser återrapporteras till regionstyrelsen i december.
                """;
        List<ProposedAssignment> found = detector.detectText(decision, SEED_MEETING);
        assertThat(found).hasSize(2);
        assertThat(found.get(0).clauseIndex()).isEqualTo(1);
        assertThat(found.get(0).due()).isEqualTo(Due.NONE);
        assertThat(found.get(1).assignee()).isEqualTo("regiondirektören");
        assertThat(found.get(1).task()).isEqualTo("uppföljning av planerade insatser återrapporteras till regionstyrelsen");
        assertThat(found.get(1).due()).isEqualTo(new Due(LocalDate.of(2025, 12, 31), "i december"));
    }

    @Test
    void decisionsThatGiveNoAssignmentGiveNone() {
        assertThat(detector.detectText("att lägga informationen till handlingarna.", SEED_MEETING)).isEmpty();
        assertThat(detector.detectText("att avge svar enligt bilaga; samt att förklara paragrafen omedelbart justerad.",
                SEED_MEETING)).isEmpty();
        assertThat(detector.detectText("att ställa sig bakom inriktningen.", SEED_MEETING)).isEmpty();
    }

    @Test
    void anExtensionIsNoNewAssignmentButGivesTheNewDue() {
        String clause = "att tiden för återredovisning förlängs till Regionstyrelsens möte i september.";
        assertThat(detector.detectText(clause, SEED_MEETING)).isEmpty();
        assertThat(detector.extension(clause, SEED_MEETING)).hasValueSatisfying(due -> {
            assertThat(due.date()).isEqualTo(LocalDate.of(2025, 9, 30));
            assertThat(due.text()).isEqualTo("till Regionstyrelsens möte i september");
        });
        assertThat(detector.extension("att uppdra till regiondirektören att utreda", SEED_MEETING)).isEmpty();
    }
}
