package se.paragraf.domain.adjustment;

import java.util.Optional;
import java.util.Set;
import se.paragraf.domain.meeting.MeetingId;

public interface MinutesLifecycleRepository {
    /** The stored lifecycle; empty for a protocol that has never left the draft. */
    Optional<MinutesLifecycle> find(MeetingId meeting);

    void save(MinutesLifecycle lifecycle);

    /** The meetings whose protocol is justerat or further along: the search index's rebuild reads them at once. */
    Set<MeetingId> findLocked();
}
