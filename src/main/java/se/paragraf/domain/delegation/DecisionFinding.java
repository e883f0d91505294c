package se.paragraf.domain.delegation;

import se.paragraf.domain.shared.Require;

/** A flag on a delegated decision with the sentence the secretary reads. */
public record DecisionFinding(DecisionFlag flag, String message) {
    public DecisionFinding {
        Require.present(flag, "Flagga");
        message = Require.text(message, "Meddelande");
    }
}
