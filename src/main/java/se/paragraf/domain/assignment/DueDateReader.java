package se.paragraf.domain.assignment;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads when an assignment is due from the words of a decision, relative to the day it was
 * taken: "i september", "under hösten 2025", "Senast juni 2019", "till regionstyrelsens möte i
 * september". The date is the last day the wording allows; a named meeting is that meeting.
 * Without a year, the month or season meant is the next one from the decision (a month equal to
 * the decision's counts as this year's). "Våren" and "hösten" are the halves of the political
 * year (30 June, 31 December), as the boards use them.
 */
public final class DueDateReader {
    private static final String MONTH = "(januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)";
    private static final String YEAR = "((?:19|20|21)\\d\\d)";
    private static final Pattern MEETING = Pattern.compile(
            "(?iU)\\b(?:till|vid|på|under)\\s+(\\w[\\w-]*?)s\\s+(?:möte|sammanträde)\\s+(?:i|under)\\s+" + MONTH
                    + "(?:\\s+" + YEAR + ")?\\b");
    private static final Pattern ISO_DATE = Pattern.compile("(?iU)\\b(?:senast\\s+)?(?:den\\s+)?(\\d{4})-(\\d{2})-(\\d{2})\\b");
    private static final Pattern DAY_MONTH = Pattern.compile(
            "(?iU)\\b(?:senast\\s+)?(?:den\\s+)?(\\d{1,2})\\s+" + MONTH + "(?:\\s+" + YEAR + ")?\\b");
    private static final Pattern SEASON = Pattern.compile(
            "(?iU)\\b(?:(?:senast\\s+)?(?:under|till|före|senast)\\s+)?(våren|sommaren|hösten)(?:\\s+" + YEAR + ")?\\b");
    private static final Pattern PART_OF_YEAR = Pattern.compile(
            "(?iU)\\b(?:(?:senast\\s+)?(?:under|till|senast)\\s+(?:utgången\\s+av\\s+)?)?(första|andra|tredje|fjärde)\\s+(kvartalet|halvåret)(?:\\s+" + YEAR + ")?\\b");
    private static final Pattern MONTH_PHRASE = Pattern.compile(
            "(?iU)\\b(senast\\s+(?:i\\s+|under\\s+)?|i\\s+|under\\s+|till\\s+|före\\s+|innan\\s+)" + MONTH
                    + "(?:\\s+(?:månad\\s+)?" + YEAR + ")?\\b");
    private static final Pattern YEAR_PHRASE = Pattern.compile(
            "(?iU)\\b(?:under|senast|till\\s+utgången\\s+av|före\\s+utgången\\s+av|senast\\s+under)\\s+(?:år\\s+)?" + YEAR + "\\b");
    private static final Pattern YEAR_END = Pattern.compile("(?iU)\\b(?:till|vid|före|innan)\\s+årsskiftet\\b");

    private final BoardCalendar calendar;

    public DueDateReader(BoardCalendar calendar) {
        this.calendar = calendar == null ? BoardCalendar.NONE : calendar;
    }

    /** A due phrase found in a text: where it is, so it can be cut out of the task, and what it means. */
    public record Found(int start, int end, Due due) {
    }

    public Due read(String text, LocalDate decidedOn) {
        return find(text, decidedOn).map(Found::due).orElse(Due.NONE);
    }

    /** The first due phrase in the text; where phrases overlap, the longest. */
    public Optional<Found> find(String text, LocalDate decidedOn) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        List<Found> found = new ArrayList<>();
        collect(found, MEETING, text, m -> meeting(m, decidedOn));
        collect(found, ISO_DATE, text, m -> LocalDate.of(num(m, 1), num(m, 2), num(m, 3)));
        collect(found, DAY_MONTH, text, m -> dayOfMonth(m, decidedOn));
        collect(found, SEASON, text, m -> season(m.group(1), m.group(2), decidedOn));
        collect(found, PART_OF_YEAR, text, m -> partOfYear(m.group(1), m.group(2), m.group(3), decidedOn));
        collect(found, MONTH_PHRASE, text, m -> monthPhrase(m, decidedOn));
        collect(found, YEAR_PHRASE, text, m -> LocalDate.of(num(m, 1), 12, 31));
        collect(found, YEAR_END, text, m -> LocalDate.of(decidedOn.getYear(), 12, 31));
        return found.stream().min(Comparator.comparingInt(Found::start).thenComparing(f -> -(f.end() - f.start())));
    }

    private interface DateOf {
        LocalDate at(MatchResult match);
    }

    private static void collect(List<Found> found, Pattern pattern, String text, DateOf dateOf) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            LocalDate date;
            try {
                date = dateOf.at(m.toMatchResult());
            } catch (java.time.DateTimeException e) {
                continue;
            }
            if (date != null) {
                String phrase = m.group().strip().replaceAll("\\s+", " ");
                found.add(new Found(m.start(), m.end(), new Due(date, phrase)));
            }
        }
    }

    private LocalDate meeting(MatchResult m, LocalDate decidedOn) {
        YearMonth month = yearMonth(month(m.group(2)), m.group(3), decidedOn);
        return calendar.firstMeetingIn(m.group(1), month).orElse(month.atEndOfMonth());
    }

    private static LocalDate dayOfMonth(MatchResult m, LocalDate decidedOn) {
        return yearMonth(month(m.group(2)), m.group(3), decidedOn).atDay(num(m, 1));
    }

    private static LocalDate monthPhrase(MatchResult m, LocalDate decidedOn) {
        YearMonth month = yearMonth(month(m.group(2)), m.group(3), decidedOn);
        String lead = m.group(1).strip().toLowerCase(Locale.ROOT);
        // "före juni" and "innan juni" end with May; every other wording includes the month.
        return lead.equals("före") || lead.equals("innan") ? month.minusMonths(1).atEndOfMonth() : month.atEndOfMonth();
    }

    private static LocalDate season(String season, String year, LocalDate decidedOn) {
        MonthDay end = switch (season.toLowerCase(Locale.ROOT)) {
            case "våren" -> new MonthDay(6, 30);
            case "sommaren" -> new MonthDay(8, 31);
            default -> new MonthDay(12, 31);
        };
        return end.in(year, decidedOn);
    }

    private static LocalDate partOfYear(String ordinal, String part, String year, LocalDate decidedOn) {
        int n = switch (ordinal.toLowerCase(Locale.ROOT)) {
            case "första" -> 1;
            case "andra" -> 2;
            case "tredje" -> 3;
            default -> 4;
        };
        boolean half = part.toLowerCase(Locale.ROOT).startsWith("halv");
        if (half && n > 2) {
            return null;
        }
        int lastMonth = half ? n * 6 : n * 3;
        return new MonthDay(lastMonth, YearMonth.of(2001, lastMonth).lengthOfMonth()).in(year, decidedOn);
    }

    private record MonthDay(int month, int day) {
        LocalDate in(String year, LocalDate decidedOn) {
            if (year != null) {
                return LocalDate.of(Integer.parseInt(year), month, day);
            }
            LocalDate thisYear = LocalDate.of(decidedOn.getYear(), month, day);
            return thisYear.isBefore(decidedOn) ? thisYear.plusYears(1) : thisYear;
        }
    }

    private static YearMonth yearMonth(Month month, String year, LocalDate decidedOn) {
        if (year != null) {
            return YearMonth.of(Integer.parseInt(year), month);
        }
        int y = month.getValue() < decidedOn.getMonthValue() ? decidedOn.getYear() + 1 : decidedOn.getYear();
        return YearMonth.of(y, month);
    }

    static Month month(String swedish) {
        return switch (swedish.toLowerCase(Locale.ROOT)) {
            case "januari" -> Month.JANUARY;
            case "februari" -> Month.FEBRUARY;
            case "mars" -> Month.MARCH;
            case "april" -> Month.APRIL;
            case "maj" -> Month.MAY;
            case "juni" -> Month.JUNE;
            case "juli" -> Month.JULY;
            case "augusti" -> Month.AUGUST;
            case "september" -> Month.SEPTEMBER;
            case "oktober" -> Month.OCTOBER;
            case "november" -> Month.NOVEMBER;
            default -> Month.DECEMBER;
        };
    }

    private static int num(MatchResult m, int group) {
        return Integer.parseInt(m.group(group));
    }
}
