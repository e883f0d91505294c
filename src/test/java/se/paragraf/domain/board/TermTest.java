package se.paragraf.domain.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.paragraf.domain.shared.DomainException;

class TermTest {
    static final Term TERM_2023_2026 = new Term(LocalDate.of(2023, 1, 1), LocalDate.of(2026, 12, 31));

    @ParameterizedTest
    @CsvSource({
            "2022-12-31, false",
            "2023-01-01, true",
            "2025-05-20, true",
            "2026-12-31, true",
            "2027-01-01, false",
    })
    void containsBothEnds(LocalDate day, boolean contained) {
        assertThat(TERM_2023_2026.contains(day)).isEqualTo(contained);
    }

    @Test
    void aOneDayTermIsAllowed() {
        LocalDate day = LocalDate.of(2025, 5, 20);
        assertThat(new Term(day, day).contains(day)).isTrue();
    }

    @Test
    void endBeforeStartIsRejected() {
        assertThatThrownBy(() -> new Term(LocalDate.of(2026, 12, 31), LocalDate.of(2023, 1, 1)))
                .isInstanceOf(DomainException.class)
                .hasMessage("Mandatperioden slutar 2023-01-01, före sin början 2026-12-31.");
    }

    @Test
    void bothEndsAreRequired() {
        assertThatThrownBy(() -> new Term(null, LocalDate.of(2026, 12, 31))).isInstanceOf(DomainException.class)
                .hasMessage("Mandatperiodens början saknas.");
        assertThatThrownBy(() -> new Term(LocalDate.of(2023, 1, 1), null)).isInstanceOf(DomainException.class)
                .hasMessage("Mandatperiodens slut saknas.");
    }
}
