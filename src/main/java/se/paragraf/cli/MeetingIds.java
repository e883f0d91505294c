package se.paragraf.cli;

import se.paragraf.domain.meeting.MeetingId;
import se.paragraf.domain.shared.DomainException;

/** The --meeting option of every command that works on one meeting, checked with one Swedish message. */
final class MeetingIds {
    private MeetingIds() {
    }

    static MeetingId of(long meeting) {
        if (meeting < 1) {
            throw new DomainException("Sammanträdets id är ett positivt tal; se paragraf meeting list.");
        }
        return new MeetingId(meeting);
    }
}
