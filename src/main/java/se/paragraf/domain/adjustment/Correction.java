package se.paragraf.domain.adjustment;

import java.time.LocalDateTime;
import java.util.Optional;
import se.paragraf.domain.meeting.MeetingId;
import se.paragraf.domain.paragraph.ParagraphId;
import se.paragraf.domain.shared.DomainException;
import se.paragraf.domain.shared.Require;

/**
 * A rättelse: a dated note on a justerat protocol saying what was wrong, who noted it and why.
 * The original text stays as justerat; the correction is shown next to it (JO has criticised
 * silently swapped pages). {@code paragraph} is null for a note on the protocol as a whole.
 */
public record Correction(CorrectionId id, MeetingId meeting, ParagraphId paragraph, LocalDateTime madeAt,
                         String madeBy, String reason, String text) {
    public Correction {
        Require.present(id, "Rättelsens id");
        Require.present(meeting, "Sammanträde");
        Require.present(madeAt, "Tidpunkt för rättelsen");
        madeBy = Require.text(madeBy, "Vem som gjorde rättelsen");
        reason = Require.text(reason, "Skälet till rättelsen");
        text = Require.text(text, "Rättelsens text");
    }

    /** A new correction; only a justerat protocol (or an omedelbart justerad §) is corrected, drafts are edited. */
    public static Correction of(CorrectionId id, MinutesLifecycle lifecycle, ParagraphId paragraph,
                                boolean paragraphAdjusted, LocalDateTime at, String who, String reason, String text) {
        if (!lifecycle.isLocked() && !paragraphAdjusted) {
            throw new DomainException("Protokollet är inte justerat än: ändra texten direkt i stället för att "
                    + "skriva en rättelse.");
        }
        return new Correction(id, lifecycle.meeting(), paragraph, at, who, reason, text);
    }

    public Optional<ParagraphId> concerns() {
        return Optional.ofNullable(paragraph);
    }
}
