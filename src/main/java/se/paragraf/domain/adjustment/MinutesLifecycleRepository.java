package se.paragraf.domain.adjustment;

import java.util.Optional;
import se.paragraf.domain.meeting.MeetingId;

public interface MinutesLifecycleRepository {
    /** The stored lifecycle; empty for a protocol that has never left the draft. */
    Optional<MinutesLifecycle> find(MeetingId meeting);

    void save(MinutesLifecycle lifecycle);
}
