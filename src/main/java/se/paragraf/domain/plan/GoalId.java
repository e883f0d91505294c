package se.paragraf.domain.plan;

import se.paragraf.domain.shared.Require;

public record GoalId(long value) {
    public GoalId {
        Require.positive(value, "Målets id");
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
