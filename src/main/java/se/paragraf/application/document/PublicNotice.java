package se.paragraf.application.document;

import java.time.LocalDate;
import se.paragraf.domain.shared.Require;

/**
 * The anslag on the board's notice board that the minutes are justerade (KL 8 kap 12 §): when it
 * went up, when it comes down, and where the protocol is kept. Supplied by whoever posts it.
 */
public record PublicNotice(LocalDate postedOn, LocalDate takenDownOn, String keptAt) {
    public PublicNotice {
        Require.present(postedOn, "Datum då anslaget sattes upp");
        keptAt = Require.optionalText(keptAt);
    }
}
