package se.paragraf.application.delegation;

import java.util.List;
import se.paragraf.domain.shared.DomainException;

/** A CSV file with faulty lines: nothing was imported; {@link #lineErrors()} says which lines and why. */
public final class DelegationImportException extends DomainException {
    private final List<String> lineErrors;

    public DelegationImportException(List<String> lineErrors) {
        super("Inget importerades, eftersom " + (lineErrors.size() == 1 ? "en rad har fel" : lineErrors.size()
                + " rader har fel") + ". Rätta raderna och importera filen igen:\n" + String.join("\n", lineErrors));
        this.lineErrors = List.copyOf(lineErrors);
    }

    public List<String> lineErrors() {
        return lineErrors;
    }
}
