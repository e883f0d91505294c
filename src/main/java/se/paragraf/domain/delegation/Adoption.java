package se.paragraf.domain.delegation;

import java.time.LocalDate;
import java.util.Optional;
import se.paragraf.domain.paragraph.ParagraphNumber;
import se.paragraf.domain.shared.Require;

/** Where the board adopted a version of its scheme: "antagen av regionstyrelsen 2025-05-20, § 99". */
public record Adoption(LocalDate meetingDate, ParagraphNumber paragraph) {
    public Adoption {
        Require.present(meetingDate, "Datum för antagandet");
    }

    public Optional<ParagraphNumber> paragraphNumber() {
        return Optional.ofNullable(paragraph);
    }

    /** "2025-05-20, § 99" or just the date. */
    public String cited() {
        return meetingDate + (paragraph == null ? "" : ", § " + paragraph);
    }
}
