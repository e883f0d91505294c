package se.paragraf.domain.meeting;

import java.util.List;
import java.util.Optional;
import se.paragraf.domain.board.BoardId;

public interface MeetingRepository {
    MeetingId nextId();

    /**
     * Inserts the meeting or writes its changes; a save that changes nothing writes nothing.
     * Returns the version now stored.
     *
     * @throws se.paragraf.domain.shared.StaleVersionException when the stored version is not
     *         {@code meeting.version()} (ADR 0019)
     */
    long save(Meeting meeting);

    Optional<Meeting> findById(MeetingId id);

    /** The board's meetings, newest first. */
    List<Meeting> findByBoard(BoardId board);

    long count();
}
