package se.paragraf.domain.paragraph;

import java.util.regex.Pattern;
import se.paragraf.domain.shared.DomainException;
import se.paragraf.domain.shared.Require;

/**
 * Secrecy under offentlighets- och sekretesslagen, with the provision: "OSL 21 kap. 1 §", or just
 * {@link #UNSPECIFIED} when an imported protocol says "Sekretess enligt OSL" without one.
 */
public record Confidentiality(String oslReference) {
    /** The law without a provision, as some protocols mark a § under sekretess. */
    public static final String UNSPECIFIED = "OSL";
    private static final Pattern REFERENCE = Pattern.compile("(?iu)^(OSL\\s+)?\\d+\\s*kap\\.?\\s*\\d+\\s*[a-z]?\\s*§.*$|^OSL$");

    public Confidentiality {
        oslReference = Require.text(oslReference, "Sekretesshänvisningen");
        if (!REFERENCE.matcher(oslReference).matches()) {
            throw new DomainException("\"" + oslReference + "\" är ingen hänvisning till OSL. Skriv till exempel "
                    + "OSL 21 kap. 1 §.");
        }
    }

    /** What a public text says in place of the §'s content: "Sekretess enligt OSL 26 kap. 1 §." */
    public String notice() {
        return "Sekretess enligt " + oslReference + (oslReference.endsWith(".") ? "" : ".");
    }
}
