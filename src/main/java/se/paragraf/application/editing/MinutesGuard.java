package se.paragraf.application.editing;

import se.paragraf.application.Repositories;
import se.paragraf.domain.meeting.MeetingId;
import se.paragraf.domain.shared.DomainException;

/** A justerat protocol is never edited: corrections are new, visible notes. */
public final class MinutesGuard {
    private MinutesGuard() {
    }

    public static void requireNotAdjusted(Repositories r, MeetingId meeting) {
        r.attendance().findByMeeting(meeting).filter(a -> a.officers().isAdjusted()).ifPresent(a -> {
            throw new DomainException("Protokollet justerades " + a.officers().adjustedOn()
                    + " och kan inte längre ändras. Skriv en rättelse i stället.");
        });
    }
}
