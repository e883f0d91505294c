package se.paragraf.domain.delegation;

import se.paragraf.domain.shared.Require;

/**
 * Why a rule looks like one the board may not delegate: the ground in KL 6 kap. 38 § and what
 * gave it away ({@code cue}: a phrase in the matter kind, or the secretary's own marking).
 */
public record NonDelegableFinding(NonDelegableGround ground, String cue, boolean declared) {
    public NonDelegableFinding {
        Require.present(ground, "Grund");
        cue = Require.text(cue, "Anledning");
    }

    /** The whole explanation as the scheme screen and the PDF show it. */
    public String explanation() {
        String why = declared ? "Markerad som ej delegerbar" : "Ärendetypen nämner \"" + cue + "\"";
        return why + ": " + ground.explanation() + " (" + ground.legalReference() + ")";
    }
}
