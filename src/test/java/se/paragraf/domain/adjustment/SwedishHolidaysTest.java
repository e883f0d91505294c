package se.paragraf.domain.adjustment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SwedishHolidaysTest {

    /** The moving holidays of 2024–2030, from the almanac. */
    @ParameterizedTest(name = "{0}: påsk {1}")
    @CsvSource({
            "2024, 2024-03-31, 2024-03-29, 2024-04-01, 2024-05-09, 2024-05-19, 2024-06-22, 2024-06-21, 2024-11-02",
            "2025, 2025-04-20, 2025-04-18, 2025-04-21, 2025-05-29, 2025-06-08, 2025-06-21, 2025-06-20, 2025-11-01",
            "2026, 2026-04-05, 2026-04-03, 2026-04-06, 2026-05-14, 2026-05-24, 2026-06-20, 2026-06-19, 2026-10-31",
            "2027, 2027-03-28, 2027-03-26, 2027-03-29, 2027-05-06, 2027-05-16, 2027-06-26, 2027-06-25, 2027-11-06",
            "2028, 2028-04-16, 2028-04-14, 2028-04-17, 2028-05-25, 2028-06-04, 2028-06-24, 2028-06-23, 2028-11-04",
            "2029, 2029-04-01, 2029-03-30, 2029-04-02, 2029-05-10, 2029-05-20, 2029-06-23, 2029-06-22, 2029-11-03",
            "2030, 2030-04-21, 2030-04-19, 2030-04-22, 2030-05-30, 2030-06-09, 2030-06-22, 2030-06-21, 2030-11-02"})
    void movingHolidays(int year, LocalDate easter, LocalDate goodFriday, LocalDate easterMonday, LocalDate ascension,
                        LocalDate whitSunday, LocalDate midsummer, LocalDate midsummerEve, LocalDate allSaints) {
        assertThat(SwedishHolidays.easterSunday(year)).isEqualTo(easter);
        assertThat(SwedishHolidays.ascensionDay(year)).isEqualTo(ascension);
        assertThat(SwedishHolidays.whitSunday(year)).isEqualTo(whitSunday);
        assertThat(SwedishHolidays.midsummerDay(year)).isEqualTo(midsummer);
        assertThat(SwedishHolidays.midsummerEve(year)).isEqualTo(midsummerEve);
        assertThat(SwedishHolidays.allSaintsDay(year)).isEqualTo(allSaints);
        assertThat(SwedishHolidays.namedHolidays(year))
                .contains(easter, goodFriday, easterMonday, ascension, whitSunday, midsummer, allSaints)
                .doesNotContain(midsummerEve, easter.minusDays(1), whitSunday.plusDays(1), allSaints.minusDays(1));
        assertThat(SwedishHolidays.namedHolidays(year)).hasSize(13);
    }

    @ParameterizedTest
    @CsvSource({"2025-01-01, true", "2025-01-06, true", "2025-05-01, true", "2025-06-06, true", "2025-12-25, true",
            "2025-12-26, true", "2025-12-24, false", "2025-12-31, false", "2025-06-20, false", "2025-05-25, true",
            "2025-05-26, false", "2025-04-19, false"})
    void fixedHolidaysAndSundays(LocalDate day, boolean holiday) {
        assertThat(SwedishHolidays.isPublicHoliday(day)).isEqualTo(holiday);
    }
}
