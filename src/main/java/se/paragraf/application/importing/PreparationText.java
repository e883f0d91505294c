package se.paragraf.application.importing;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.paragraf.domain.paragraph.ParagraphNumber;
import se.paragraf.domain.paragraph.Preparation;
import se.paragraf.domain.shared.DomainException;

/**
 * Reads a beredning as protocols print it: "Finansutskottet den 7 maj 2025, § 71",
 * "Finansutskottet 2025-05-07 § 71" or, in older minutes, "KU § 317 06-12-05". The organ is
 * what comes before the date or the §, the note what follows both.
 */
final class PreparationText {
    private static final List<String> MONTHS = List.of("januari", "februari", "mars", "april", "maj", "juni", "juli",
            "augusti", "september", "oktober", "november", "december");
    /** "7 maj 2025", and "20–21 mars 2025" for a meeting over two days (the first day is kept as the date). */
    private static final Pattern LONG_DATE = Pattern.compile("(?iu)\\b(\\d{1,2})(?:\\s*[-–]\\s*(\\d{1,2}))?\\s+("
            + String.join("|", MONTHS) + ")\\s+(\\d{4})\\b");
    private static final Pattern ISO_DATE = Pattern.compile("\\b(\\d{4})-(\\d{1,2})-(\\d{1,2})\\b");
    /** Two-digit years, as in Högsby's "KU § 317 06-12-05". */
    private static final Pattern SHORT_DATE = Pattern.compile("\\b(\\d{2})-(\\d{2})-(\\d{2})\\b");
    private static final Pattern PARAGRAPH = Pattern.compile("(?iu)§\\s*(\\d{1,5}(?:\\s?[a-zåäö](?!\\p{L}))?)");
    /** "Ärendet återremitterades i regionstyrelsen den 2 april 2025, § 82 …": the organ follows the verb. */
    private static final Pattern EARLIER_HANDLING = Pattern.compile(
            "(?iu)^ärendet\\s+(återremitterades|bordlades|behandlades)\\s+(?:i|av|på)\\s+(.+)$");
    private static final Pattern BOARD_TAIL = Pattern.compile("(?iu)[\\s,;:]*(?:\\bden)?[\\s,;:]*$");

    private PreparationText() {
    }

    static Optional<Preparation> parse(String text) {
        if (text == null || text.isBlank() || text.length() > 500) {
            return Optional.empty();
        }
        String t = text.strip();
        DateMatch date = findDate(t);
        if (date == null) {
            return Optional.empty();
        }
        Matcher p = PARAGRAPH.matcher(t);
        boolean hasParagraph = p.find();
        int boardEnd = hasParagraph ? Math.min(date.start(), p.start()) : date.start();
        int noteStart = hasParagraph ? Math.max(date.end(), p.end()) : date.end();
        String board = BOARD_TAIL.matcher(t.substring(0, boardEnd)).replaceFirst("").strip();
        String note = t.substring(noteStart).replaceFirst("^[\\s,;:.]+", "").strip();
        if (date.span() != null) {
            note = note.isEmpty() ? date.span() : date.span() + ", " + note;
        }
        Matcher earlier = EARLIER_HANDLING.matcher(board);
        if (earlier.matches()) {
            String verb = earlier.group(1).toLowerCase(Locale.ROOT);
            board = Character.toUpperCase(earlier.group(2).charAt(0)) + earlier.group(2).substring(1);
            note = note.isEmpty() ? verb : verb + " " + note;
        }
        if (board.isEmpty()) {
            return Optional.empty();
        }
        try {
            ParagraphNumber number = hasParagraph ? ParagraphNumber.parse(p.group(1)) : null;
            return Optional.of(new Preparation(board, date.date(), number, note.isEmpty() ? null : note));
        } catch (DomainException e) {
            return Optional.empty();
        }
    }

    private record DateMatch(LocalDate date, int start, int end, String span) {
        DateMatch(LocalDate date, int start, int end) {
            this(date, start, end, null);
        }
    }

    private static DateMatch findDate(String t) {
        try {
            Matcher m = LONG_DATE.matcher(t);
            if (m.find()) {
                LocalDate first = LocalDate.of(Integer.parseInt(m.group(4)),
                        MONTHS.indexOf(m.group(3).toLowerCase(Locale.ROOT)) + 1, Integer.parseInt(m.group(1)));
                String span = m.group(2) == null ? null : "sammanträdet " + m.group().replaceAll("\\s+", " ");
                return new DateMatch(first, m.start(), m.end(), span);
            }
            m = ISO_DATE.matcher(t);
            if (m.find()) {
                return new DateMatch(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3))), m.start(), m.end());
            }
            m = SHORT_DATE.matcher(t);
            if (m.find()) {
                int yy = Integer.parseInt(m.group(1));
                // As for diarienummer: a protocol does not refer 75 years ahead.
                int year = yy < 75 ? 2000 + yy : 1900 + yy;
                return new DateMatch(LocalDate.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))),
                        m.start(), m.end());
            }
        } catch (DateTimeException e) {
            return null;
        }
        return null;
    }
}
