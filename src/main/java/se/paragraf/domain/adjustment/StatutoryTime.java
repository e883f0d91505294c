package se.paragraf.domain.adjustment;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;

/**
 * Lag (1930:173) om beräkning av lagstadgad tid.
 *
 * <p>1 §: a time counted in weeks ends on the day with the same weekday name as the day the count
 * started from. 2 §: when the last day for an act falls on a Sunday, another public holiday
 * (lag 1989:253), a Saturday, midsommarafton, julafton or nyårsafton, the act may be done on the
 * next weekday (vardag). Påskafton and alla helgons afton are not in the list, and annandag pingst
 * has not been a holiday since 2005: those days stay.
 */
public final class StatutoryTime {
    private StatutoryTime() {
    }

    /** The day an act due on {@code due} may still be done: {@code due} or the next vardag (2 §). */
    public static LocalDate lastDay(LocalDate due) {
        LocalDate day = due;
        while (!isWeekday(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /** A day on which a statutory deadline can end: not one of 2 §'s days. */
    public static boolean isWeekday(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY
                && !SwedishHolidays.isPublicHoliday(day)
                && !isEve(day);
    }

    private static boolean isEve(LocalDate day) {
        return day.equals(SwedishHolidays.midsummerEve(day.getYear()))
                || day.getMonth() == Month.DECEMBER && (day.getDayOfMonth() == 24 || day.getDayOfMonth() == 31);
    }

    /**
     * Sista dag för överklagande: an appeal must reach the förvaltningsrätt within three weeks
     * from the day the justering was posted on the anslagstavla (KL 13 kap 5 §), counted by
     * 1 § (same weekday, three weeks on) and moved by 2 §. Example: posted 2025-12-03, three
     * weeks end on julafton, then juldagen, annandag jul and a weekend: last day 2025-12-29.
     */
    public static LocalDate lastDayOfAppeal(LocalDate posted) {
        return lastDay(posted.plusWeeks(3));
    }
}
