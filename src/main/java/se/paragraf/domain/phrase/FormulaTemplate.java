package se.paragraf.domain.phrase;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.paragraf.domain.board.Board;
import se.paragraf.domain.shared.DomainException;
import se.paragraf.domain.shared.Require;

/**
 * A decision formula with placeholders: {@code {Board}} is the deciding board as it opens a
 * sentence ("Regionstyrelsen"), {@code {Committee}} the preparing utskott mid-sentence
 * ("finansutskottet"); "{Committee}s förslag" renders the genitive.
 */
public record FormulaTemplate(String pattern) {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\p{L}+)}");

    public FormulaTemplate {
        pattern = Require.text(pattern, "Formeln");
        Matcher m = PLACEHOLDER.matcher(pattern);
        while (m.find()) {
            if (!m.group(1).equals("Board") && !m.group(1).equals("Committee")) {
                throw new DomainException("Formeln innehåller {" + m.group(1) + "}, som Paragraf inte känner till. "
                        + "Använd {Board} eller {Committee}.");
            }
        }
    }

    public boolean needsCommittee() {
        return pattern.contains("{Committee}");
    }

    /** {@code committee} may be null when the formula does not name one. */
    public String render(Board board, Board committee) {
        Require.present(board, "Organ");
        if (needsCommittee() && committee == null) {
            throw new DomainException("Formeln nämner ett utskott; välj vilket utskott som berett ärendet.");
        }
        String text = pattern.replace("{Board}", board.name());
        if (committee != null) {
            String name = committee.name().substring(0, 1).toLowerCase(Locale.forLanguageTag("sv"))
                    + committee.name().substring(1);
            // Swedish genitive: no extra s after s, x or z ("Vårdvalsutskottets", but "Kommunens").
            text = text.replace("{Committee}s", genitive(name)).replace("{Committee}", name);
        }
        return text;
    }

    private static String genitive(String name) {
        char last = Character.toLowerCase(name.charAt(name.length() - 1));
        return last == 's' || last == 'x' || last == 'z' ? name : name + "s";
    }
}
