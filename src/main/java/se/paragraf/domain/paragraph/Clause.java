package se.paragraf.domain.paragraph;

import java.util.regex.Pattern;
import se.paragraf.domain.shared.DomainException;

/**
 * One att-sats. Holds only what the secretary means ("avge svar enligt bilaga"); the leading
 * "att" and the punctuation between clauses are rendered by {@link DecisionBlock}, never typed,
 * so text pasted from an old protocol is cleaned of them here.
 */
public record Clause(String text) {
    /** "att" alone counts too, so that a clause typed as "att;" is seen as empty. */
    private static final Pattern LEADING_ATT = Pattern.compile("^(?iu)(?:att(?:\\s++|$))++");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("(?iu)\\s*(?:;\\s*samt|[;.,])\\s*$");
    /** Text pasted from PDFs and Word carries no-break spaces, which plain \s misses. */
    private static final Pattern ANY_WHITESPACE = Pattern.compile("(?U)\\s+");

    public Clause {
        if (text == null) {
            throw new DomainException("En att-sats får inte vara tom.");
        }
        String t = ANY_WHITESPACE.matcher(text).replaceAll(" ").strip();
        String previous;
        do {
            previous = t;
            t = TRAILING_PUNCTUATION.matcher(t).replaceFirst("");
        } while (!t.equals(previous));
        // All leading "att" at once, so that cleaning is idempotent (a stored clause reads back
        // equal) and linear even on "att att att …" pasted by mistake.
        t = LEADING_ATT.matcher(t).replaceFirst("");
        if (t.isBlank()) {
            throw new DomainException("En att-sats får inte vara tom.");
        }
        text = t;
    }
}
