package se.paragraf.domain.agenda;

import se.paragraf.domain.shared.Require;

public record AgendaItemId(long value) {
    public AgendaItemId {
        Require.positive(value, "Punktens id");
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
