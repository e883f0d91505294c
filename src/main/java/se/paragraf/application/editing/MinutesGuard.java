package se.paragraf.application.editing;

import se.paragraf.application.Repositories;
import se.paragraf.domain.adjustment.MinutesLifecycle;
import se.paragraf.domain.meeting.MeetingId;
import se.paragraf.domain.paragraph.ParagraphId;
import se.paragraf.domain.shared.DomainException;

/**
 * A justerat protocol is never edited: corrections are new, visible notes. The use cases ask
 * here first for a clear message; the database refuses the same writes on its own (ADR 0012).
 */
public final class MinutesGuard {
    private MinutesGuard() {
    }

    public static void requireNotAdjusted(Repositories r, MeetingId meeting) {
        r.lifecycles().find(meeting).filter(MinutesLifecycle::isLocked).ifPresent(l -> {
            throw new DomainException("Protokollet justerades " + l.adjustedOn()
                    + " och kan inte längre ändras. Skriv en rättelse i stället.");
        });
    }

    /** As {@link #requireNotAdjusted}, and the § itself must not be omedelbart justerad. */
    public static void requireEditable(Repositories r, MeetingId meeting, ParagraphId paragraph) {
        requireNotAdjusted(r, meeting);
        r.paragraphAdjustments().find(paragraph).ifPresent(a -> {
            throw new DomainException("Paragrafen justerades omedelbart " + a.adjustedOn()
                    + " och kan inte längre ändras. Skriv en rättelse i stället.");
        });
    }
}
