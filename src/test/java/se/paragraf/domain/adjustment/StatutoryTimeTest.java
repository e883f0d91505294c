package se.paragraf.domain.adjustment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Test vectors for the last day of appeal, worked out by hand from the almanac for 2024–2030. */
class StatutoryTimeTest {

    @ParameterizedTest(name = "anslaget {0} → sista dag {1} ({2})")
    @CsvSource(delimiter = '|', value = {
            "2025-12-03 | 2025-12-29 | julafton, juldagen, annandag jul, helg (DOMAIN.md's example)",
            "2025-05-22 | 2025-06-12 | vanlig torsdag: samma veckodag tre veckor senare",
            "2025-05-24 | 2025-06-16 | lördag → måndag",
            "2024-03-11 | 2024-04-02 | annandag påsk 2024",
            "2024-05-31 | 2024-06-24 | midsommarafton 2024",
            "2024-12-10 | 2025-01-02 | nyårsafton och nyårsdagen",
            "2025-03-28 | 2025-04-22 | långfredagen 2025 till annandag påsk",
            "2025-05-08 | 2025-05-30 | Kristi himmelsfärdsdag 2025",
            "2026-04-10 | 2026-05-04 | första maj på en fredag",
            "2026-04-23 | 2026-05-15 | Kristi himmelsfärdsdag 2026",
            "2026-12-16 | 2027-01-07 | trettondedag jul 2027",
            "2027-04-15 | 2027-05-07 | Kristi himmelsfärdsdag 2027",
            "2027-06-04 | 2027-06-28 | midsommarafton och midsommardagen 2027",
            "2027-12-10 | 2028-01-03 | nyårsafton en fredag, nyårsdagen en lördag",
            "2028-03-24 | 2028-04-18 | långfredagen 2028",
            "2028-05-16 | 2028-06-07 | nationaldagen en tisdag",
            "2028-05-04 | 2028-05-26 | Kristi himmelsfärdsdag 2028",
            "2029-04-30 | 2029-05-21 | annandag pingst är ingen helgdag",
            "2029-04-19 | 2029-05-11 | Kristi himmelsfärdsdag 2029",
            "2029-12-03 | 2029-12-27 | julafton en måndag",
            "2030-05-09 | 2030-05-31 | Kristi himmelsfärdsdag 2030",
            "2030-10-11 | 2030-11-01 | alla helgons afton är en vardag",
            "2030-03-29 | 2030-04-23 | långfredagen 2030 till annandag påsk"})
    void lastDayOfAppeal(LocalDate posted, LocalDate lastDay, String why) {
        assertThat(StatutoryTime.lastDayOfAppeal(posted)).as(why).isEqualTo(lastDay);
    }

    @ParameterizedTest
    @CsvSource({"2025-06-20, false", "2025-12-24, false", "2025-12-31, false", "2025-06-19, true",
            "2025-12-23, true", "2025-04-19, false", "2025-11-01, false", "2025-10-31, true"})
    void weekdays(LocalDate day, boolean weekday) {
        assertThat(StatutoryTime.isWeekday(day)).isEqualTo(weekday);
    }
}
