package se.paragraf.application.document;

import java.util.regex.Pattern;

/**
 * Masks Swedish personnummer and samordningsnummer in text for the public version: ÅÅÅÅMMDD-NNNN
 * and ÅÅMMDD-NNNN, with a dash, a plus (100 years or older), or nothing between, and with the
 * spaces people type. It errs on the side of masking: a number shaped like a personnummer is
 * hidden even if it is something else, since a leaked one cannot be taken back.
 */
public final class PersonalNumbers {
    public static final String MASK = "ÅÅMMDD-XXXX";
    /** Month 01–12; day 01–31, or 61–91 for a samordningsnummer. */
    private static final Pattern NUMBER = Pattern.compile("(?<![\\d])(?:(?:19|20)\\s?\\d{2}|\\d{2})\\s?"
            + "(?:0[1-9]|1[0-2])\\s?(?:0[1-9]|[12]\\d|3[01]|6[1-9]|[78]\\d|9[01])\\s*[-+\u2010\u2011\u2013]?\\s*\\d{4}"
            + "(?![\\d])");

    private PersonalNumbers() {
    }

    public static String mask(String text) {
        return text == null ? null : NUMBER.matcher(text).replaceAll(MASK);
    }

    public static boolean contains(String text) {
        return text != null && NUMBER.matcher(text).find();
    }
}
