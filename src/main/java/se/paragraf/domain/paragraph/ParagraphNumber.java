package se.paragraf.domain.paragraph;

import java.util.Comparator;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.paragraf.domain.shared.DomainException;

/**
 * A § number: a positive integer and an optional letter for paragraphs inserted after
 * numbering ({@code 3 a}, as in Högsby KS § 3 a). Orders 3 &lt; 3 a &lt; 3 b &lt; 4.
 */
public record ParagraphNumber(int number, String suffix) implements Comparable<ParagraphNumber> {

    private static final Pattern FORM = Pattern.compile("^(?:[A-ZÅÄÖ]{1,6}\\s*)?§?\\s*(\\d{1,5})\\s*([a-zåäö])?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Letters in Swedish alphabetical order; char order would put ä before å. */
    public static final String ALPHABET = "abcdefghijklmnopqrstuvwxyzåäö";
    private static final Comparator<ParagraphNumber> ORDER = Comparator.comparingInt(ParagraphNumber::number)
            .thenComparing(ParagraphNumber::suffix,
                    Comparator.nullsFirst(Comparator.comparingInt(ALPHABET::indexOf)));

    public ParagraphNumber {
        if (number < 1) {
            throw new DomainException("Paragrafnummer måste vara minst 1, inte " + number + ".");
        }
        if (suffix != null) {
            suffix = suffix.strip().toLowerCase(Locale.ROOT);
            if (suffix.isEmpty()) {
                suffix = null;
            } else if (suffix.length() != 1 || ALPHABET.indexOf(suffix) < 0) {
                throw new DomainException("Paragrafnumrets tillägg måste vara en bokstav, inte \"" + suffix + "\".");
            }
        }
    }

    public static ParagraphNumber of(int number) {
        return new ParagraphNumber(number, null);
    }

    /** Accepts {@code 98}, {@code § 98}, {@code 3 a}, {@code 3a}, {@code KS § 3 a}. */
    public static ParagraphNumber parse(String text) {
        Matcher m = FORM.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            throw new DomainException("\"" + text + "\" är inget paragrafnummer. Skriv till exempel 98 eller 3 a.");
        }
        return new ParagraphNumber(Integer.parseInt(m.group(1)), m.group(2));
    }

    public boolean hasSuffix() {
        return suffix != null;
    }

    /** The next inserted number after this one: 3 → 3 a, 3 a → 3 b. */
    public ParagraphNumber nextInserted() {
        if (suffix == null) {
            return new ParagraphNumber(number, "a");
        }
        int next = ALPHABET.indexOf(suffix) + 1;
        if (next == ALPHABET.length()) {
            throw new DomainException("Det går inte att infoga fler paragrafer efter § " + this + ".");
        }
        return new ParagraphNumber(number, ALPHABET.substring(next, next + 1));
    }

    @Override
    public int compareTo(ParagraphNumber other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return suffix == null ? Integer.toString(number) : number + " " + suffix;
    }
}
