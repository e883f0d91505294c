package se.paragraf.ui.meetingform;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the form reads and writes times the way secretaries type them: "9", "9.00", "09:00", "0900";
 * a justering "2025-05-27 10.00". Blank is absent; anything else unreadable is empty.
 */
final class FormValues {
    private static final Pattern TIME = Pattern.compile("(\\d{1,2})(?:[:.]?(\\d{2}))?");
    private static final Pattern DATE_TIME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(?:\\s+(?:kl\\.?\\s*)?(\\S+))?");
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    private FormValues() {
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    static Optional<LocalTime> time(String text) {
        Matcher m = TIME.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        int hour = Integer.parseInt(m.group(1));
        int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        return hour < 24 && minute < 60 ? Optional.of(LocalTime.of(hour, minute)) : Optional.empty();
    }

    static Optional<LocalDateTime> dateTime(String text) {
        Matcher m = DATE_TIME.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            LocalDate day = LocalDate.parse(m.group(1));
            if (m.group(2) == null) {
                return Optional.of(day.atStartOfDay());
            }
            return time(m.group(2)).map(day::atTime);
        } catch (java.time.format.DateTimeParseException e) {
            return Optional.empty();
        }
    }

    static String show(LocalTime time) {
        return time == null ? "" : CLOCK.format(time);
    }

    static String show(LocalDateTime time) {
        return time == null ? "" : time.toLocalDate() + " " + CLOCK.format(time.toLocalTime());
    }
}
