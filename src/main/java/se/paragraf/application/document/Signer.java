package se.paragraf.application.document;

import se.paragraf.domain.shared.Require;

/** Someone who signs the minutes: "Ordförande", "Sara Nylund". Each gets a signature area of her own. */
public record Signer(String role, String name) {
    public Signer {
        role = Require.text(role, "Underskriftens roll");
        name = Require.text(name, "Namnet på den som skriver under");
    }
}
