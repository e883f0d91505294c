package se.paragraf.domain.meeting;

import java.util.List;
import java.util.Optional;
import se.paragraf.domain.board.BoardId;

public interface MeetingRepository {
    MeetingId nextId();

    void save(Meeting meeting);

    Optional<Meeting> findById(MeetingId id);

    /** The board's meetings, newest first. */
    List<Meeting> findByBoard(BoardId board);

    long count();
}
