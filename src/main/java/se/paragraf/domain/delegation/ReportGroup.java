package se.paragraf.domain.delegation;

import java.util.List;
import se.paragraf.domain.shared.Require;

/** The decisions of one rule taken by one delegate, as the report paragraph lists them. */
public record ReportGroup(String ruleCode, String matterKind, String delegate, List<DelegatedDecision> decisions) {
    public ReportGroup {
        ruleCode = Require.text(ruleCode, "Delegationspunkt");
        matterKind = Require.text(matterKind, "Ärendetyp");
        delegate = Require.text(delegate, "Delegat");
        decisions = List.copyOf(decisions);
    }

    /** "3.2 Attest av fakturor – Regiondirektör". */
    public String heading() {
        return ruleCode + " " + matterKind + " – " + delegate;
    }
}
