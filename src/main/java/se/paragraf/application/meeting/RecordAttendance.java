package se.paragraf.application.meeting;

import se.paragraf.application.UnitOfWork;
import se.paragraf.application.editing.MinutesGuard;
import se.paragraf.domain.meeting.Attendance;
import se.paragraf.domain.meeting.MeetingId;

/** Use case: read and save a meeting's attendance and officers (saved whole, cheap enough for autosave). */
public final class RecordAttendance {
    private final UnitOfWork unitOfWork;

    public RecordAttendance(UnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    public Attendance load(MeetingId meeting) {
        return unitOfWork.transaction(r -> r.attendance().findByMeeting(meeting).orElse(Attendance.empty(meeting)));
    }

    public void save(Attendance attendance) {
        unitOfWork.run(r -> {
            MinutesGuard.requireNotAdjusted(r, attendance.meeting());
            r.attendance().save(attendance);
        });
    }
}
