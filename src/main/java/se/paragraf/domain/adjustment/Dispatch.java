package se.paragraf.domain.adjustment;

import java.time.LocalDateTime;
import se.paragraf.domain.paragraph.Paragraph;
import se.paragraf.domain.paragraph.ParagraphId;
import se.paragraf.domain.paragraph.Recipient;
import se.paragraf.domain.shared.DomainException;
import se.paragraf.domain.shared.Require;

/**
 * Expediering: an extract of a § was sent to one of its recipients (delges) at a time, by someone.
 * Only a justerat § is sent, and only to someone the § names.
 */
public record Dispatch(ParagraphId paragraph, String recipient, LocalDateTime sentAt, String sentBy) {
    public Dispatch {
        Require.present(paragraph, "Paragraf");
        recipient = Require.text(recipient, "Mottagare");
        Require.present(sentAt, "Tidpunkt");
        sentBy = Require.text(sentBy, "Vem som expedierade");
    }

    public static Dispatch of(Paragraph paragraph, boolean adjusted, String recipient, LocalDateTime at, String by) {
        if (!adjusted) {
            throw new DomainException("§ " + paragraph.number() + " är inte justerad än. Expediera utdrag först efter "
                    + "justeringen.");
        }
        if (!paragraph.recipients().contains(new Recipient(recipient))) {
            throw new DomainException(recipient + " står inte bland mottagarna av § " + paragraph.number()
                    + ". Lägg till mottagaren under Delges först.");
        }
        return new Dispatch(paragraph.id(), recipient, at, by);
    }
}
