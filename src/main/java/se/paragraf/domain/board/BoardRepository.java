package se.paragraf.domain.board;

import java.util.List;
import java.util.Optional;

public interface BoardRepository {
    BoardId nextId();

    /** Inserts or updates. */
    void save(Board board);

    Optional<Board> findById(BoardId id);

    Optional<Board> findByName(String name);

    /** All boards in Swedish alphabetical order. */
    List<Board> findAll();

    long count();
}
