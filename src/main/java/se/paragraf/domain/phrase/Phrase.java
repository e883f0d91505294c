package se.paragraf.domain.phrase;

import java.util.Locale;
import se.paragraf.domain.shared.DomainException;
import se.paragraf.domain.shared.Require;

/** A standard wording inserted by typing its {@code abbreviation} (e.g. "lth" + Tab). */
public record Phrase(String abbreviation, PhraseKind kind, String text) {
    public Phrase {
        abbreviation = Require.text(abbreviation, "Förkortningen").toLowerCase(Locale.ROOT);
        if (abbreviation.contains(" ")) {
            throw new DomainException("Förkortningen får inte innehålla mellanslag.");
        }
        Require.present(kind, "Frastyp");
        text = Require.text(text, "Frasen");
        if (kind == PhraseKind.FORMULA) {
            new FormulaTemplate(text);
        }
    }

    public FormulaTemplate formula() {
        if (kind != PhraseKind.FORMULA) {
            throw new DomainException("Frasen \"" + abbreviation + "\" är ingen beslutsformel.");
        }
        return new FormulaTemplate(text);
    }
}
