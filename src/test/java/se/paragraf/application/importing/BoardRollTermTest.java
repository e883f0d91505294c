package se.paragraf.application.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.paragraf.domain.board.Term;

/** A member created by an import gets the four-year term that follows the election before the meeting. */
class BoardRollTermTest {
    @Test
    void termsAreTheFourYearBlocksAfterEachElection() {
        assertThat(BoardRoll.termOf(LocalDate.of(2007, 1, 8)))
                .isEqualTo(new Term(LocalDate.of(2007, 1, 1), LocalDate.of(2010, 12, 31)));
        assertThat(BoardRoll.termOf(LocalDate.of(2022, 12, 31)))
                .isEqualTo(new Term(LocalDate.of(2019, 1, 1), LocalDate.of(2022, 12, 31)));
        assertThat(BoardRoll.termOf(LocalDate.of(2025, 5, 20)))
                .isEqualTo(new Term(LocalDate.of(2023, 1, 1), LocalDate.of(2026, 12, 31)));
        assertThat(BoardRoll.termOf(LocalDate.of(2003, 6, 1)))
                .isEqualTo(new Term(LocalDate.of(2003, 1, 1), LocalDate.of(2006, 12, 31)));
    }

    @Test
    void anOfficialsTitleIsSplitFromTheName() {
        assertThat(AttendanceForProtocol.other("Ekonomichef Anders Svensson").title()).isEqualTo("Ekonomichef");
        assertThat(AttendanceForProtocol.other("Lena Lindgren, regiondirektör").name()).isEqualTo("Lena Lindgren");
        assertThat(AttendanceForProtocol.other("Lena Lindgren").title()).isNull();
    }
}
