package se.paragraf.domain.plan;

import se.paragraf.domain.shared.Require;

public record PlanId(long value) {
    public PlanId {
        Require.positive(value, "Planens id");
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
