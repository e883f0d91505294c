package se.paragraf.domain.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Due dates read from real phrasings (seed protocol 2025-05-20 and plan seeds) and from phrasings without a date. */
class DueDateReaderTest {
    private static final LocalDate SEED_MEETING = LocalDate.of(2025, 5, 20);
    /** Regionstyrelsen has planned 2025-09-16 and 2025-09-30; "möte i september" is the first. */
    private static final BoardCalendar CALENDAR = (organ, month) ->
            organ.equalsIgnoreCase("regionstyrelsen") && month.equals(YearMonth.of(2025, 9))
                    ? Optional.of(LocalDate.of(2025, 9, 16)) : Optional.empty();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            uppdra till regiondirektören att under hösten 2025 återkomma till regionstyrelsen med konkreta förslag | 2025-12-31 | under hösten 2025
            uppföljning av planerade insatser återrapporteras till regionstyrelsen i december | 2025-12-31 | i december
            tiden för återredovisning förlängs till Regionstyrelsens möte i september | 2025-09-16 | till Regionstyrelsens möte i september
            tiden för lägesinformation förlängs till regionstyrelsens möte i september | 2025-09-16 | till regionstyrelsens möte i september
            återkomma till fullmäktiges möte i november | 2025-11-30 | till fullmäktiges möte i november
            återkomma i september | 2025-09-30 | i september
            återkomma i februari | 2026-02-28 | i februari
            återkomma i maj | 2025-05-31 | i maj
            Senast juni 2019 | 2019-06-30 | Senast juni 2019
            Senast september 2019 | 2019-09-30 | Senast september 2019
            redovisa senast i april 2026 | 2026-04-30 | senast i april 2026
            redovisa senast den 30 september 2025 | 2025-09-30 | senast den 30 september 2025
            redovisa senast 2025-10-15 | 2025-10-15 | senast 2025-10-15
            återkomma under våren 2026 | 2026-06-30 | under våren 2026
            återkomma under hösten | 2025-12-31 | under hösten
            återkomma under våren | 2025-06-30 | under våren
            redovisa under första kvartalet 2026 | 2026-03-31 | under första kvartalet 2026
            redovisa under andra halvåret | 2025-12-31 | under andra halvåret
            genomföras under 2026 | 2026-12-31 | under 2026
            redovisas till årsskiftet | 2025-12-31 | till årsskiftet
            återkomma före juni 2026 | 2026-05-31 | före juni 2026
            """)
    void readsTheLastDayTheWordingAllows(String text, LocalDate expected, String phrase) {
        Due due = new DueDateReader(CALENDAR).read(text, SEED_MEETING);
        assertThat(due.date()).isEqualTo(expected);
        assertThat(due.text()).isEqualTo(phrase);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            uppdra till regiondirektören att tillse att en samlad utbildnings- och kommunikationsinsats genomförs
            uppdra till regiondirektören att revidera delegationsordning och riktlinje Attest
            uppdra till regiondirektören att ta fram förslag på, samt fastställa åtgärder som syftar till en stärkt avtalsuppföljning
            lägga informationen till handlingarna
            avge svar på revisionsrapport
            """)
    void phrasingsWithoutADateGiveNone(String text) {
        assertThat(new DueDateReader(CALENDAR).read(text, SEED_MEETING)).isEqualTo(Due.NONE);
    }

    @org.junit.jupiter.api.Test
    void aMeetingNotYetPlannedFallsBackToTheEndOfTheMonth() {
        assertThat(new DueDateReader(BoardCalendar.NONE).read("till regionstyrelsens möte i september", SEED_MEETING).date())
                .isEqualTo(LocalDate.of(2025, 9, 30));
    }
}
