package se.paragraf.domain.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.paragraf.domain.board.BoardId;
import se.paragraf.domain.paragraph.ParagraphId;

class AssignmentTest {
    private static final LocalDate GIVEN = LocalDate.of(2025, 2, 11);

    private static Assignment petDt(Due due) {
        return Assignment.given(new AssignmentId(1), new BoardId(1), DecisionRef.clause(new ParagraphId(10), 0, 1), GIVEN,
                "regiondirektören", "göra en förstudie om PET/DT", due);
    }

    private static final Due MAY = new Due(LocalDate.of(2025, 5, 31), "i maj");

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(textBlock = """
            2025-03-01, OPEN
            2025-05-01, DUE_SOON
            2025-05-31, DUE_SOON
            2025-06-01, OVERDUE
            """)
    void statusFollowsTheDueDate(LocalDate today, AssignmentStatus expected) {
        assertThat(petDt(MAY).status(today)).isEqualTo(expected);
    }

    @Test
    void withoutADueDateAnAssignmentStaysOpen() {
        assertThat(petDt(Due.NONE).status(LocalDate.of(2030, 1, 1))).isEqualTo(AssignmentStatus.OPEN);
    }

    @Test
    void anExtensionMovesTheDueDateAndShowsAsExtendedUntilItNears() {
        Assignment extended = petDt(MAY).extend(new Extension(new ParagraphId(123), LocalDate.of(2025, 5, 20),
                new Due(LocalDate.of(2025, 9, 16), "till Regionstyrelsens möte i september")));
        assertThat(extended.currentDue().date()).isEqualTo(LocalDate.of(2025, 9, 16));
        assertThat(extended.status(LocalDate.of(2025, 6, 10))).isEqualTo(AssignmentStatus.EXTENDED);
        assertThat(extended.status(LocalDate.of(2025, 9, 1))).isEqualTo(AssignmentStatus.DUE_SOON);
        assertThat(extended.status(LocalDate.of(2025, 9, 17))).isEqualTo(AssignmentStatus.OVERDUE);
        assertThat(extended.due()).isEqualTo(MAY);
    }

    @Test
    void anInterimReportIsReportedAndAFinalReportCloses() {
        Assignment interim = petDt(new Due(LocalDate.of(2025, 12, 31), "under hösten 2025"))
                .reportBack(new ReportBack(new ParagraphId(200), LocalDate.of(2025, 5, 20), false));
        assertThat(interim.status(LocalDate.of(2025, 6, 1))).isEqualTo(AssignmentStatus.REPORTED);
        assertThat(interim.status(LocalDate.of(2026, 1, 2))).isEqualTo(AssignmentStatus.OVERDUE);
        Assignment closed = interim.reportBack(new ReportBack(new ParagraphId(201), LocalDate.of(2026, 2, 1), true));
        assertThat(closed.status(LocalDate.of(2030, 1, 1))).isEqualTo(AssignmentStatus.CLOSED);
        assertThat(AssignmentStatus.CLOSED.isWatched()).isFalse();
        assertThatThrownBy(() -> closed.reportBack(new ReportBack(new ParagraphId(202), LocalDate.of(2026, 3, 1), false)))
                .hasMessageContaining("redan slutredovisat");
    }

    @Test
    void eventsBeforeTheAssignmentWasGivenAreRefused() {
        assertThatThrownBy(() -> petDt(MAY).extend(new Extension(new ParagraphId(5), LocalDate.of(2025, 1, 1), MAY)))
                .hasMessageContaining("före uppdraget gavs");
        assertThatThrownBy(() -> petDt(MAY).extend(new Extension(new ParagraphId(5), GIVEN, Due.NONE)))
                .hasMessageContaining("behöver ett datum");
    }
}
