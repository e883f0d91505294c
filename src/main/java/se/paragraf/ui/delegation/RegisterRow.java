package se.paragraf.ui.delegation;

import java.util.stream.Collectors;
import se.paragraf.application.delegation.RegisterEntry;
import se.paragraf.domain.delegation.DecisionFinding;
import se.paragraf.domain.delegation.DelegatedDecision;
import se.paragraf.domain.matter.CaseNumber;
import se.paragraf.ui.Messages;

/** A decision as the register table shows it. */
public record RegisterRow(RegisterEntry entry) {
    public DelegatedDecision decision() {
        return entry.decision();
    }

    public String date() {
        return decision().decidedOn().toString();
    }

    public String rule() {
        return decision().ruleCode();
    }

    public String caseNumber() {
        return decision().caseNumberIfAny().map(CaseNumber::compact).orElse("");
    }

    public String description() {
        return decision().description() + (decision().urgent() ? " " + Messages.get("delegation.register.urgentMark") : "");
    }

    public String decidedBy() {
        return decision().person() + ", " + decision().role();
    }

    public String appealable() {
        return decision().appealable() ? Messages.get("delegation.yes") : Messages.get("delegation.no");
    }

    public boolean unreported() {
        return !decision().isReported();
    }

    public String status() {
        DelegatedDecision d = decision();
        if (d.isReported()) {
            return Messages.get("delegation.status.reported", d.reportedOn().toString());
        }
        return d.isClaimed() ? Messages.get("delegation.status.inReport") : Messages.get("delegation.status.unreported");
    }

    public boolean hasFault() {
        return entry.hasFault();
    }

    public String flags() {
        return entry.findings().stream().map(DecisionFinding::message).collect(Collectors.joining("\n"));
    }
}
