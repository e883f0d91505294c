package se.paragraf.domain.minutes;

import java.util.Optional;
import se.paragraf.domain.paragraph.ParagraphNumber;
import se.paragraf.domain.shared.Require;

/** Something the secretary should fix or look at; {@code paragraph} is null for the whole meeting. */
public record Finding(Severity severity, ParagraphNumber paragraph, FindingField field, String message) {
    public Finding {
        Require.present(severity, "Allvarlighetsgrad");
        Require.present(field, "Fält");
        message = Require.text(message, "Meddelandet");
    }

    static Finding error(ParagraphNumber paragraph, FindingField field, String message) {
        return new Finding(Severity.ERROR, paragraph, field, message);
    }

    static Finding warning(ParagraphNumber paragraph, FindingField field, String message) {
        return new Finding(Severity.WARNING, paragraph, field, message);
    }

    public Optional<ParagraphNumber> inParagraph() {
        return Optional.ofNullable(paragraph);
    }
}
