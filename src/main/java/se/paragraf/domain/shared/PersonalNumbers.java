package se.paragraf.domain.shared;

import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds Swedish personnummer and samordningsnummer in text, in every way people write them, and
 * masks them for what is published. The one place that knows their shape.
 *
 * <p>Recognised: 10 or 12 digits (century 18, 19 or 20), the date part bare ({@code 121212}),
 * dotted ({@code 12.12.12}), dashed or spaced the same way throughout; then the four last digits
 * after nothing, spaces, a plus (100 years or older) or any dash: hyphen, non-breaking hyphen,
 * figure dash, en dash, em dash, minus sign, full-width hyphen. Samordningsnummer have 60 added
 * to the day. A candidate is masked when its date part is a real date (the day checked against
 * the month, for samordningsnummer after taking off 60). It errs on the side of masking: a
 * number shaped like a personnummer is hidden even when its check digit is wrong, since a leaked
 * one cannot be taken back. The check digit (Luhn) is asked for only where that shape is mostly
 * something else: ten bare digits starting with 0 (a phone number, 0701234567) and a dashed date
 * followed by spaced digits (a date range, 2023-01-01 – 2024).
 *
 * <p>The mask keeps the date of birth and hides the four last digits, {@code 121212-XXXX} or
 * {@code 19121212-XXXX} ({@code +} kept for the 100-year-olds), as Swedish authorities publish
 * them: the birth date tells two people of one name apart, the last four identify the person.
 * Diarienummer ({@code RS 2024-01234}), ISO dates, organisationsnummer (month 20 or above) and
 * amounts in groups of three are not touched.
 */
public final class PersonalNumbers {
    /** What replaces the four last digits. */
    public static final String HIDDEN = "XXXX";
    private static final String DASHES = "\\-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D";
    private static final String SPACE = "[\\s\u00A0\u2007\u2009\u202F]";
    private static final Pattern CANDIDATE = Pattern.compile(
            "(?<!\\d)(?<!\\d[./" + DASHES + "])"
                    + "(?:(?<century>1[89]|20)" + SPACE + "?)?"
                    + "(?<yy>\\d{2})(?<s>[./" + DASHES + "]|" + SPACE + "|)(?<mm>\\d{2})\\k<s>(?<dd>\\d{2})"
                    + "(?<sep>" + SPACE + "*[+" + DASHES + "]" + SPACE + "*|" + SPACE + "+|)"
                    + "(?<serial>\\d{2}" + SPACE + "?\\d{2})"
                    + "(?!\\d)(?![./" + DASHES + "]\\d)");

    private PersonalNumbers() {
    }

    /** {@code text} with every personnummer and samordningsnummer masked; null stays null. */
    public static String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        Matcher m = CANDIDATE.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(isNumber(m) ? masked(m) : m.group()));
        }
        return m.appendTail(out).toString();
    }

    /** Whether {@code text} holds anything {@link #mask} would hide. */
    public static boolean contains(String text) {
        if (text == null) {
            return false;
        }
        Matcher m = CANDIDATE.matcher(text);
        while (m.find()) {
            if (isNumber(m)) {
                return true;
            }
        }
        return false;
    }

    private static String masked(Matcher m) {
        String century = m.group("century") == null ? "" : m.group("century");
        String separator = m.group("sep").contains("+") ? "+" : "-";
        return century + m.group("yy") + m.group("mm") + m.group("dd") + separator + HIDDEN;
    }

    private static boolean isNumber(Matcher m) {
        if (!isDate(m.group("century"), m.group("yy"), Integer.parseInt(m.group("mm")),
                Integer.parseInt(m.group("dd")))) {
            return false;
        }
        String serial = m.group("serial").replaceAll("\\D", "");
        String digits = m.group("yy") + m.group("mm") + m.group("dd") + serial;
        boolean bare = m.group("century") == null && m.group("s").isEmpty() && m.group("sep").isEmpty()
                && serial.length() == m.group("serial").length();
        boolean phoneLike = bare && digits.startsWith("0");
        boolean dateRangeLike = !m.group("s").isBlank() && DASHES.indexOf(m.group("s").charAt(0)) >= 0
                && !m.group("sep").equals(m.group("sep").strip());
        return !(phoneLike || dateRangeLike) || luhn(digits);
    }

    /** Month 1–12 and a day of that month; a samordningsnummer's day is 61–91. */
    private static boolean isDate(String century, String yy, int month, int day) {
        if (month < 1 || month > 12) {
            return false;
        }
        int realDay = day > 60 ? day - 60 : day;
        // Without a century, 29 February may be in either century: allow it.
        int year = century == null ? 2000 : Integer.parseInt(century + yy);
        return realDay >= 1 && realDay <= YearMonth.of(year, month).lengthOfMonth();
    }

    /** The check digit of the ten digits ÅÅMMDDNNNK. */
    static boolean luhn(String tenDigits) {
        int sum = 0;
        for (int i = 0; i < tenDigits.length(); i++) {
            int d = (tenDigits.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += d > 9 ? d - 9 : d;
        }
        return sum % 10 == 0;
    }
}
