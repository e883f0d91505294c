package se.paragraf.domain.delegation;

import se.paragraf.domain.shared.Require;

public record DelegationSchemeId(long value) {
    public DelegationSchemeId {
        Require.positive(value, "Delegationsordningens id");
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
