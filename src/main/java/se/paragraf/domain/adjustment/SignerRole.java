package se.paragraf.domain.adjustment;

import java.util.Locale;
import se.paragraf.domain.shared.DomainException;

/** Who signs a protocol at justering: the chair, each justerare, and the secretary who wrote it. */
public enum SignerRole {
    CHAIR("ordförande"), ADJUSTER("justerare"), SECRETARY("sekreterare");

    private final String swedish;

    SignerRole(String swedish) {
        this.swedish = swedish;
    }

    public String swedish() {
        return swedish;
    }

    /** Reads "ordförande", "justerare", "sekreterare" (or the English constant), case-insensitively. */
    public static SignerRole parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        for (SignerRole role : values()) {
            if (role.swedish.equals(t) || role.name().toLowerCase(Locale.ROOT).equals(t)) {
                return role;
            }
        }
        throw new DomainException("Rollen \"" + text + "\" finns inte. Välj ordförande, justerare eller sekreterare.");
    }
}
