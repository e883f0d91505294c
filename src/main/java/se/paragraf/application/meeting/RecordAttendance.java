package se.paragraf.application.meeting;

import se.paragraf.application.UnitOfWork;
import java.util.function.UnaryOperator;
import se.paragraf.application.editing.MinutesGuard;
import se.paragraf.application.editing.ValueEdit;
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

    /** An undoable change of the attendance ("Lägg till närvarande", "Ändra justerare"). */
    public ValueEdit<Attendance> edit(String description, Attendance before, UnaryOperator<Attendance> change) {
        return new ValueEdit<>(description, before, change.apply(before), this::save);
    }
}
