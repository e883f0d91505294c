package se.paragraf.domain.adjustment;

import java.util.List;
import se.paragraf.domain.meeting.MeetingId;

/** Corrections are only ever added: the archive keeps every one of them. */
public interface CorrectionRepository {
    CorrectionId nextId();

    void add(Correction correction);

    /** The meeting's corrections, oldest first. */
    List<Correction> findByMeeting(MeetingId meeting);
}
