package se.paragraf.persistence;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.Function;

/**
 * Swedish alphabetical order (å, ä, ö after z; case and accents second). Sorted in Java because
 * H2's collation and a PostgreSQL server's locale would each sort differently.
 */
final class SwedishOrder {
    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

    private SwedishOrder() {
    }

    static <T> Comparator<T> by(Function<T, String> key) {
        Collator collator = Collator.getInstance(SWEDISH);
        return Comparator.comparing(key, collator);
    }
}
