package se.paragraf.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import se.paragraf.domain.shared.DomainException;

/** Dates typed on the command line, with a Swedish message (and exit code 2) when one cannot be read. */
final class CliDates {
    private CliDates() {
    }

    static LocalDate parse(String text, String option) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new DomainException("Datumet \"" + text + "\" i " + option
                    + " kunde inte läsas. Skriv det som ÅÅÅÅ-MM-DD, t.ex. 2025-05-20.");
        }
    }
}
