package se.paragraf.domain.phrase;

import java.util.Optional;
import se.paragraf.domain.board.BoardId;

public interface PhraseLibraryRepository {
    void save(PhraseLibrary library);

    /** Empty while the board still uses the defaults. */
    Optional<PhraseLibrary> findByBoard(BoardId board);
}
