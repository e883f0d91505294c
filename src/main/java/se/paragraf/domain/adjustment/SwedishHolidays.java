package se.paragraf.domain.adjustment;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Set;
import java.util.TreeSet;

/**
 * The Swedish public holidays of lag (1989:253) om allmänna helgdagar, computed in plain Java.
 *
 * <p>1 § lists them: every Sunday (påskdagen and pingstdagen among them), nyårsdagen, trettondedag
 * jul, första maj, juldagen and annandag jul, långfredagen, annandag påsk, Kristi himmelsfärdsdag,
 * nationaldagen, midsommardagen and alla helgons dag. 2 § dates them: Easter Sunday is the Sunday
 * after the full moon on or after 21 March (the Gregorian computus), Kristi himmelsfärdsdag the
 * sixth Thursday after it, pingstdagen the seventh Sunday after it, midsommardagen the Saturday in
 * 20–26 June, alla helgons dag the Saturday in 31 October–6 November. The eves (midsommarafton,
 * julafton, nyårsafton) are not public holidays: only lag (1930:173) treats them alike, see
 * {@link StatutoryTime}.
 */
public final class SwedishHolidays {
    private SwedishHolidays() {
    }

    /** Whether the day is an allmän helgdag, Sundays included. */
    public static boolean isPublicHoliday(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SUNDAY || namedHolidays(day.getYear()).contains(day);
    }

    /** The named holidays of the year (not every Sunday), in date order. */
    public static Set<LocalDate> namedHolidays(int year) {
        LocalDate easter = easterSunday(year);
        Set<LocalDate> days = new TreeSet<>();
        days.add(LocalDate.of(year, Month.JANUARY, 1));
        days.add(LocalDate.of(year, Month.JANUARY, 6));
        days.add(easter.minusDays(2));
        days.add(easter);
        days.add(easter.plusDays(1));
        days.add(LocalDate.of(year, Month.MAY, 1));
        days.add(ascensionDay(year));
        days.add(whitSunday(year));
        days.add(LocalDate.of(year, Month.JUNE, 6));
        days.add(midsummerDay(year));
        days.add(allSaintsDay(year));
        days.add(LocalDate.of(year, Month.DECEMBER, 25));
        days.add(LocalDate.of(year, Month.DECEMBER, 26));
        return days;
    }

    /** Påskdagen by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
    public static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    /** Kristi himmelsfärdsdag: the sixth Thursday after påskdagen. */
    public static LocalDate ascensionDay(int year) {
        return easterSunday(year).plusDays(39);
    }

    /** Pingstdagen: the seventh Sunday after påskdagen. */
    public static LocalDate whitSunday(int year) {
        return easterSunday(year).plusWeeks(7);
    }

    /** Midsommardagen: the Saturday in 20–26 June. */
    public static LocalDate midsummerDay(int year) {
        return LocalDate.of(year, Month.JUNE, 20).with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
    }

    /** Midsommarafton: the Friday before midsommardagen (not a public holiday). */
    public static LocalDate midsummerEve(int year) {
        return midsummerDay(year).minusDays(1);
    }

    /** Alla helgons dag: the Saturday in 31 October–6 November. */
    public static LocalDate allSaintsDay(int year) {
        return LocalDate.of(year, Month.OCTOBER, 31).with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
    }
}
