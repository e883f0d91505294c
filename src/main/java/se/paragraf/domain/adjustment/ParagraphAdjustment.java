package se.paragraf.domain.adjustment;

import java.time.LocalDate;
import se.paragraf.domain.paragraph.Paragraph;
import se.paragraf.domain.paragraph.ParagraphId;
import se.paragraf.domain.shared.DomainException;
import se.paragraf.domain.shared.Require;

/**
 * Omedelbar justering of one §: the board decided at the meeting that the § is justerad at once
 * (KL 5 kap 70 §, for nämnder through 6 kap 35 §), so its extract can be signed and posted before
 * the rest of the protocol. From then on the § is as unchangeable as a justerat protocol.
 */
public record ParagraphAdjustment(ParagraphId paragraph, LocalDate adjustedOn) {
    public ParagraphAdjustment {
        Require.present(paragraph, "Paragraf");
        Require.present(adjustedOn, "Justeringsdag");
    }

    /** Justerar {@code paragraph} on {@code on}, if the board so decided and the protocol is not justerat yet. */
    public static ParagraphAdjustment immediately(Paragraph paragraph, MinutesLifecycle lifecycle, LocalDate on) {
        if (!paragraph.immediateAdjustment()) {
            throw new DomainException("Sammanträdet har inte beslutat att § " + paragraph.number()
                    + " ska justeras omedelbart. Markera paragrafen som omedelbart justerad först.");
        }
        if (lifecycle.isLocked()) {
            throw new DomainException("Protokollet är redan justerat; § " + paragraph.number()
                    + " behöver ingen omedelbar justering.");
        }
        Require.present(on, "Justeringsdag");
        if (on.isBefore(lifecycle.meetingDate())) {
            throw new DomainException("§ " + paragraph.number() + " kan inte justeras " + on + ", före sammanträdet "
                    + lifecycle.meetingDate() + ".");
        }
        return new ParagraphAdjustment(paragraph.id(), on);
    }
}
