package se.paragraf.domain.paragraph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import se.paragraf.domain.shared.DomainException;

class ClauseTest {

    @ParameterizedTest(name = "[{index}] \"{0}\" -> \"{1}\"")
    @CsvSource(delimiter = '|', value = {
            "avge svar enligt bilaga                | avge svar enligt bilaga",
            "att avge svar enligt bilaga            | avge svar enligt bilaga",
            "Att avge svar enligt bilaga            | avge svar enligt bilaga",
            "ATT avge svar                          | avge svar",
            "att avge svar;                         | avge svar",
            "att avge svar ;                        | avge svar",
            "att avge svar; samt                    | avge svar",
            "att avge svar;samt                     | avge svar",
            "att avge svar; SAMT                    | avge svar",
            "att avge svar.                         | avge svar",
            "att avge svar,                         | avge svar",
            "att avge svar;.                        | avge svar",
            "'  att   avge    svar  enligt bilaga ; ' | avge svar enligt bilaga",
            "'att\tavge\nsvar'                      | avge svar",
            "attestera fakturor                     | attestera fakturor",
            "att ta fram förslag på, samt fastställa åtgärder. | ta fram förslag på, samt fastställa åtgärder",
            "att avge ”Svar på revisionsrapport Skydd mot välfärdsbrott”; | avge ”Svar på revisionsrapport Skydd mot välfärdsbrott”",
            "samtliga förslag godkänns              | samtliga förslag godkänns",
            "'att\u00A0avge\u00A0svar'              | avge svar",
    })
    void keepsOnlyWhatTheSecretaryMeans(String typed, String kept) {
        assertThat(new Clause(typed).text()).isEqualTo(kept);
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "att", "att ", "Att;", "att ;", ";", ".", "; samt", "att; samt", "\u00A0", " \n\t "})
    void blankIsAnError(String typed) {
        assertThatThrownBy(() -> new Clause(typed))
                .isInstanceOf(DomainException.class)
                .hasMessage("En att-sats får inte vara tom.");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"att att avge svar;", "att avge svar; samt", "Att  ATT fastställa."})
    void cleaningIsIdempotentSoAStoredClauseReadsBackEqual(String typed) {
        Clause once = new Clause(typed);
        assertThat(new Clause(once.text())).isEqualTo(once);
    }

    @org.junit.jupiter.api.Test
    void manyLeadingAttAreRemovedInOnePass() {
        String typed = "att ".repeat(50_000) + "avge svar";
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(5),
                () -> assertThat(new Clause(typed).text()).isEqualTo("avge svar"));
    }
}
