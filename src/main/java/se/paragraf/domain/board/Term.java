package se.paragraf.domain.board;

import java.time.LocalDate;
import se.paragraf.domain.shared.DomainException;
import se.paragraf.domain.shared.Require;

/** A mandate period, both ends inclusive (e.g. 2023-01-01 – 2026-12-31). */
public record Term(LocalDate from, LocalDate to) {
    public Term {
        Require.present(from, "Mandatperiodens början");
        Require.present(to, "Mandatperiodens slut");
        if (to.isBefore(from)) {
            throw new DomainException("Mandatperioden slutar " + to + ", före sin början " + from + ".");
        }
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }
}
