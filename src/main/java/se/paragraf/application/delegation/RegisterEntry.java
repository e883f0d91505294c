package se.paragraf.application.delegation;

import java.util.List;
import se.paragraf.domain.delegation.DecisionFinding;
import se.paragraf.domain.delegation.DelegatedDecision;

/** A decision as the register shows it, with its flags. */
public record RegisterEntry(DelegatedDecision decision, List<DecisionFinding> findings) {
    public RegisterEntry {
        findings = List.copyOf(findings);
    }

    public boolean hasFault() {
        return findings.stream().anyMatch(f -> f.flag().isFault());
    }
}
