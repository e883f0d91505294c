package se.paragraf.application.document;

import java.time.LocalDate;
import se.paragraf.domain.shared.Require;

/** "Rätt utdraget intygar": who vouches that the extract is true to the protocol, and when. */
public record ExtractCertification(String name, LocalDate date) {
    public ExtractCertification {
        name = Require.text(name, "Namnet på den som intygar utdraget");
        Require.present(date, "Datum för intygandet");
    }
}
