package se.paragraf.domain.paragraph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.paragraf.domain.shared.DomainException;

class PreparationTest {

    @ParameterizedTest(name = "[{index}] {3}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "Finansutskottet   | 2025-05-07 | 71  | -          | Finansutskottet den 7 maj 2025, § 71",
            "Finansutskottet   | 2025-05-07 | 98  | -          | Finansutskottet den 7 maj 2025, § 98",
            "Vårdvalsutskottet | 2025-01-01 | 3 a | -          | Vårdvalsutskottet den 1 januari 2025, § 3 a",
            "Regionstyrelsen   | 2024-12-10 | -   | -          | Regionstyrelsen den 10 december 2024",
            "Regionstyrelsen   | 2025-03-18 | 45  | återremiss | Regionstyrelsen den 18 mars 2025, § 45, återremiss",
            "Finansutskottet   | 2025-10-22 | -   | '  '       | Finansutskottet den 22 oktober 2025",
    })
    void rendersAsTheProtocolPrintsIt(String board, LocalDate date, String paragraph, String note, String printed) {
        ParagraphNumber number = paragraph == null ? null : ParagraphNumber.parse(paragraph);
        assertThat(new Preparation(board, date, number, note).render()).isEqualTo(printed);
    }

    @Test
    void boardAndDateAreRequired() {
        assertThatThrownBy(() -> new Preparation(" ", LocalDate.of(2025, 5, 7), ParagraphNumber.of(71), null))
                .isInstanceOf(DomainException.class).hasMessage("Beredande organ får inte vara tomt.");
        assertThatThrownBy(() -> new Preparation("Finansutskottet", null, ParagraphNumber.of(71), null))
                .isInstanceOf(DomainException.class).hasMessage("Beredningens datum saknas.");
    }
}
