package se.paragraf.domain.meeting;

import java.util.Optional;

public interface AttendanceRepository {
    /** Replaces the meeting's attendance and officers as a whole. */
    void save(Attendance attendance);

    /** Empty when nothing has been recorded for the meeting yet. */
    Optional<Attendance> findByMeeting(MeetingId meeting);
}
