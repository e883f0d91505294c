package se.paragraf.domain.phrase;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import se.paragraf.domain.board.BoardId;
import se.paragraf.domain.shared.DomainException;
import se.paragraf.domain.shared.Require;

/** A board's standard clauses and formulas; every board starts from {@link #defaults}. */
public record PhraseLibrary(BoardId board, List<Phrase> phrases) {
    private static final List<Phrase> DEFAULTS = List.of(
            new Phrase("b", PhraseKind.FORMULA, "{Board} beslutar"),
            new Phrase("bu", PhraseKind.FORMULA, "{Board} beslutar på {Committee}s förslag"),
            new Phrase("bf", PhraseKind.FORMULA, "{Board} beslutar föreslå att regionfullmäktige beslutar"),
            new Phrase("bv", PhraseKind.FORMULA,
                    "{Board} beslutar, under förutsättning av regionfullmäktiges beslut,"),
            new Phrase("lth", PhraseKind.CLAUSE, "lägga informationen till handlingarna"),
            new Phrase("gr", PhraseKind.CLAUSE, "godkänna rapporten"),
            new Phrase("fa", PhraseKind.CLAUSE, "fastställa …"),
            new Phrase("upp", PhraseKind.CLAUSE, "uppdra till … att …"),
            new Phrase("oj", PhraseKind.CLAUSE, "förklara paragrafen omedelbart justerad"));

    public PhraseLibrary {
        Require.present(board, "Organ");
        phrases = List.copyOf(Require.present(phrases, "Fraser"));
        if (phrases.stream().map(Phrase::abbreviation).distinct().count() != phrases.size()) {
            throw new DomainException("Två fraser har samma förkortning. Ge dem olika förkortningar.");
        }
    }

    public static PhraseLibrary defaults(BoardId board) {
        return new PhraseLibrary(board, DEFAULTS);
    }

    public Optional<Phrase> find(String abbreviation) {
        String key = abbreviation == null ? "" : abbreviation.strip().toLowerCase(Locale.ROOT);
        return phrases.stream().filter(p -> p.abbreviation().equals(key)).findFirst();
    }

    /** Phrases of the kind whose abbreviation or text starts with what has been typed, for completion. */
    public List<Phrase> complete(PhraseKind kind, String typed) {
        String prefix = typed == null ? "" : typed.strip().toLowerCase(Locale.forLanguageTag("sv"));
        return phrases.stream().filter(p -> p.kind() == kind)
                .filter(p -> p.abbreviation().startsWith(prefix)
                        || p.text().toLowerCase(Locale.forLanguageTag("sv")).startsWith(prefix))
                .toList();
    }

    /** Adds the phrase, or replaces the one with the same abbreviation. */
    public PhraseLibrary with(Phrase phrase) {
        List<Phrase> list = new ArrayList<>(phrases);
        list.removeIf(p -> p.abbreviation().equals(phrase.abbreviation()));
        list.add(phrase);
        return new PhraseLibrary(board, list);
    }

    public PhraseLibrary without(String abbreviation) {
        return new PhraseLibrary(board, phrases.stream().filter(p -> !p.abbreviation().equals(abbreviation)).toList());
    }
}
