package se.paragraf.domain.adjustment;

import java.util.List;
import se.paragraf.domain.meeting.MeetingId;

/** Dispatches are only ever added. */
public interface DispatchRepository {
    void add(Dispatch dispatch);

    /** Every dispatch of the meeting's §§, oldest first. */
    List<Dispatch> findByMeeting(MeetingId meeting);
}
