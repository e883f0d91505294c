package se.paragraf.domain.delegation;

import se.paragraf.domain.shared.Require;

public record DelegatedDecisionId(long value) {
    public DelegatedDecisionId {
        Require.positive(value, "Delegationsbeslutets id");
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
