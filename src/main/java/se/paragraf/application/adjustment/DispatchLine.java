package se.paragraf.application.adjustment;

import java.time.LocalDateTime;
import java.util.Optional;
import se.paragraf.domain.paragraph.ParagraphId;
import se.paragraf.domain.paragraph.ParagraphNumber;

/** One recipient of one §, and when the extract was sent (empty: still undelivered). */
public record DispatchLine(ParagraphId paragraph, ParagraphNumber number, String title, String recipient,
                           LocalDateTime sentAt) {
    public Optional<LocalDateTime> sent() {
        return Optional.ofNullable(sentAt);
    }
}
