package se.paragraf.application.search;

import java.util.Locale;
import java.util.regex.Pattern;
import se.paragraf.domain.paragraph.Decision;
import se.paragraf.domain.paragraph.Paragraph;
import se.paragraf.domain.shared.DomainException;

/** What a paragraph records, as the search filter offers it. */
public enum ParagraphKind {
    DECISION("Beslut"),
    INFORMATION("Information"),
    DELEGATION("Delegationsbeslut");

    /** "Anmälan av delegationsbeslut", "Redovisning av delegeringsbeslut": until delegation is modelled, the title tells. */
    private static final Pattern DELEGATION_TITLE = Pattern.compile("(?iu)\\bdelegation(s)?beslut|\\bdelegeringsbeslut");

    private final String swedishName;

    ParagraphKind(String swedishName) {
        this.swedishName = swedishName;
    }

    public String swedishName() {
        return swedishName;
    }

    public static ParagraphKind of(Paragraph paragraph) {
        return of(paragraph.title(), paragraph.decision());
    }

    public static ParagraphKind of(String title, Decision decision) {
        if (DELEGATION_TITLE.matcher(title).find()) {
            return DELEGATION;
        }
        return decision.isEmpty() ? INFORMATION : DECISION;
    }

    /** Accepts the enum name or the Swedish name, any case: "beslut", "DECISION", "delegation". */
    public static ParagraphKind parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        for (ParagraphKind kind : values()) {
            if (kind.name().toLowerCase(Locale.ROOT).equals(t) || kind.swedishName.toLowerCase(Locale.ROOT).equals(t)) {
                return kind;
            }
        }
        if (t.startsWith("deleg")) {
            return DELEGATION;
        }
        throw new DomainException("\"" + text + "\" är ingen paragraftyp. "
                + "Välj beslut, information eller delegation.");
    }
}
