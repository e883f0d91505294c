package se.paragraf.domain.agenda;

import java.util.Optional;
import se.paragraf.domain.meeting.MeetingId;

public interface AgendaRepository {
    AgendaItemId nextItemId();

    /** Replaces the meeting's agenda as a whole. */
    void save(Agenda agenda);

    Optional<Agenda> findByMeeting(MeetingId meeting);
}
