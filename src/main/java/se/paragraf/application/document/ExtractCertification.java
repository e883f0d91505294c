package se.paragraf.application.document;

import java.time.LocalDate;
import se.paragraf.domain.shared.Require;

/**
 * "Rätt utdraget intygar": who vouches that the extract is true to the protocol, and when. Without
 * a name the line is left for whoever signs it by hand.
 */
public record ExtractCertification(String name, LocalDate date) {
    public ExtractCertification {
        name = Require.optionalText(name);
        Require.present(date, "Datum för intygandet");
    }
}
