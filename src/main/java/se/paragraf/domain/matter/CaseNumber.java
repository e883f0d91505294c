package se.paragraf.domain.matter;

import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.paragraf.domain.shared.DomainException;

/**
 * A diarienummer, normalised so that every written form of one case compares equal:
 * {@code 25RS1523}, {@code RS 2025/1523}, {@code rs-2025-1523} and {@code Dnr 25 RS 1523} are
 * all (RS, 2025, 1523). A sub-number (the document within the case, as in
 * {@code KS/2019/0001/0009}) is kept but is part of identity only when present.
 */
public record CaseNumber(String series, int year, int number, Integer subNumber)
        implements Comparable<CaseNumber> {

    private static final Comparator<CaseNumber> ORDER = Comparator
            .comparing(CaseNumber::series)
            .thenComparingInt(CaseNumber::year)
            .thenComparingInt(CaseNumber::number)
            .thenComparing(CaseNumber::subNumber, Comparator.nullsFirst(Comparator.naturalOrder()));

    /** The seed protocol writes "Diarienummer: 25RS1523"; registers write "Dnr 22RS7118". */
    private static final String PREFIX = "^(?:(?:DNR|DIARIENUMMER)[.:]?\\s*)?";
    /** Word turns a spaced hyphen into an en dash, so "RS 2019 – 0790" is pasted as often as the hyphen. */
    private static final String SEP = "\\s*[-\u2013/.\\s]\\s*";
    /** Between series and year the separator may be left out: KS2023/0456. */
    private static final String OPTIONAL_SEP = "\\s*[-\u2013/.]?\\s*";
    /** 25RS1523, 25 RS 1523, 25-RS-1523 and the compact form with a document number, 19KS1/9. */
    private static final Pattern SHORT_YEAR_FIRST = Pattern.compile(PREFIX
            + "(\\d{2})\\s*[-/]?\\s*([A-ZÅÄÖ]{1,8})\\s*[-/]?\\s*(\\d{1,6})(?:\\s*/\\s*(\\d{1,6}))?$");
    /** RS 2025/123, KS 2023/0456, RS 2019-0790, KS/2019/0001/0009, RS-2025-123. */
    private static final Pattern SERIES_FIRST = Pattern.compile(
            PREFIX + "([A-ZÅÄÖ]{1,8})" + OPTIONAL_SEP + "(\\d{4})" + SEP + "(\\d{1,6})(?:" + SEP + "(\\d{1,6}))?$");
    /** Text pasted from PDFs and Word carries no-break and thin spaces, which plain \s misses. */
    private static final Pattern ANY_WHITESPACE = Pattern.compile("(?U)\\s+");
    /** Words that introduce a diarienummer; read as a series they would turn "Dnr 2025/123" into a case. */
    private static final Set<String> NOT_A_SERIES = Set.of("DNR", "DIARIENUMMER");
    /** 2025/123 RS is rare but seen in registers exported from older systems. */
    private static final Pattern YEAR_FIRST_LONG = Pattern.compile(
            PREFIX + "(\\d{4})" + SEP + "(\\d{1,6})" + SEP + "([A-ZÅÄÖ]{1,8})$");

    public CaseNumber {
        if (series == null || !series.matches("[A-ZÅÄÖ]{1,8}")) {
            throw new DomainException("Diarienumrets serie måste vara 1–8 versaler, inte \"" + series + "\".");
        }
        if (year < 1900 || year > 2199) {
            throw new DomainException("Diarienumrets år " + year + " är inte rimligt.");
        }
        if (number < 1) {
            throw new DomainException("Diarienumrets löpnummer måste vara minst 1.");
        }
        if (subNumber != null && subNumber < 1) {
            throw new DomainException("Diarienumrets delnummer måste vara minst 1.");
        }
    }

    public static CaseNumber of(String series, int year, int number) {
        return new CaseNumber(series, year, number, null);
    }

    /** Parses any format in use; throws a {@link DomainException} with a Swedish message otherwise. */
    public static CaseNumber parse(String text) {
        return tryParse(text).orElseThrow(() -> new DomainException(
                "\"" + (text == null ? "" : text.strip()) + "\" är inget giltigt diarienummer. "
                        + "Skriv till exempel 25RS1523, RS 2025/1523 eller KS/2019/0001/0009."));
    }

    public static Optional<CaseNumber> tryParse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = ANY_WHITESPACE.matcher(text).replaceAll(" ").strip().toUpperCase(Locale.ROOT);
        if (t.isEmpty() || t.length() > 60) {
            return Optional.empty();
        }
        try {
            Matcher m = SHORT_YEAR_FIRST.matcher(t);
            if (m.matches()) {
                Integer sub = m.group(4) == null ? null : Integer.valueOf(m.group(4));
                return Optional.of(new CaseNumber(m.group(2), expandYear(Integer.parseInt(m.group(1))),
                        Integer.parseInt(m.group(3)), sub));
            }
            m = SERIES_FIRST.matcher(t);
            if (m.matches() && !NOT_A_SERIES.contains(m.group(1))) {
                Integer sub = m.group(4) == null ? null : Integer.valueOf(m.group(4));
                return Optional.of(new CaseNumber(m.group(1), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)), sub));
            }
            m = YEAR_FIRST_LONG.matcher(t);
            if (m.matches() && !NOT_A_SERIES.contains(m.group(3))) {
                return Optional.of(new CaseNumber(m.group(3), Integer.parseInt(m.group(1)),
                        Integer.parseInt(m.group(2)), null));
            }
        } catch (DomainException | NumberFormatException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** Two-digit years: a register does not reach 75 years into the future, so 00–74 is 20xx. */
    private static int expandYear(int twoDigits) {
        return twoDigits < 75 ? 2000 + twoDigits : 1900 + twoDigits;
    }

    /** The case without its document number: what "the same case" means across organs. */
    public CaseNumber caseOnly() {
        return subNumber == null ? this : new CaseNumber(series, year, number, null);
    }

    /** Canonical form, e.g. {@code RS 2025/1523} or {@code KS 2019/1/9}. Stable; used as the search key. */
    public String canonical() {
        return series + " " + year + "/" + number + (subNumber == null ? "" : "/" + subNumber);
    }

    /** The compact form regions like Västernorrland print, e.g. {@code 25RS1523}. */
    public String compact() {
        return String.format(Locale.ROOT, "%02d%s%d", year % 100, series, number)
                + (subNumber == null ? "" : "/" + subNumber);
    }

    @Override
    public int compareTo(CaseNumber other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return canonical();
    }
}
