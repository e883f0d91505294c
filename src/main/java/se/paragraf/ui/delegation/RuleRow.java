package se.paragraf.ui.delegation;

import java.text.NumberFormat;
import java.util.stream.Collectors;
import se.paragraf.domain.delegation.DelegationRule;
import se.paragraf.domain.delegation.NonDelegableFinding;
import se.paragraf.ui.Messages;

/** A rule as the scheme table shows it. */
public record RuleRow(DelegationRule rule) {
    public String code() {
        return rule.code();
    }

    public String matterKind() {
        return rule.matterKind();
    }

    public String delegate() {
        return rule.delegate().name();
    }

    public String limits() {
        String amount = rule.amountLimit() == null ? "" : Messages.get("delegation.rule.amount",
                NumberFormat.getIntegerInstance(Messages.SWEDISH).format(rule.amountLimit()));
        String scope = rule.scope() == null ? "" : rule.scope();
        return amount.isEmpty() || scope.isEmpty() ? amount + scope : amount + "; " + scope;
    }

    public String reported() {
        return rule.mustReport() ? Messages.get("delegation.yes") : Messages.get("delegation.no");
    }

    public boolean flagged() {
        return rule.isFlaggedNonDelegable();
    }

    /** Every reason the rule may be non-delegable, one per line; empty when none. */
    public String explanation() {
        return rule.nonDelegableFindings().stream().map(NonDelegableFinding::explanation).collect(Collectors.joining("\n"));
    }
}
