package se.paragraf.domain.assignment;

import se.paragraf.domain.shared.Require;

public record AssignmentId(long value) {
    public AssignmentId {
        Require.positive(value, "Uppdragets id");
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
