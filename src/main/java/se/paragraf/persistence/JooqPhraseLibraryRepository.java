package se.paragraf.persistence;

import static se.paragraf.persistence.jooq.Tables.PHRASE;

import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import se.paragraf.domain.board.BoardId;
import se.paragraf.domain.phrase.Phrase;
import se.paragraf.domain.phrase.PhraseKind;
import se.paragraf.domain.phrase.PhraseLibrary;
import se.paragraf.domain.phrase.PhraseLibraryRepository;

final class JooqPhraseLibraryRepository implements PhraseLibraryRepository {
    private final DSLContext dsl;

    JooqPhraseLibraryRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void save(PhraseLibrary library) {
        long board = library.board().value();
        dsl.deleteFrom(PHRASE).where(PHRASE.BOARD_ID.eq(board)).execute();
        for (int i = 0; i < library.phrases().size(); i++) {
            Phrase p = library.phrases().get(i);
            dsl.insertInto(PHRASE).values(board, i, p.abbreviation(), p.kind().name(), p.text()).execute();
        }
    }

    @Override
    public Optional<PhraseLibrary> findByBoard(BoardId board) {
        List<Phrase> phrases = dsl.selectFrom(PHRASE).where(PHRASE.BOARD_ID.eq(board.value())).orderBy(PHRASE.ORDINAL)
                .fetch(r -> new Phrase(r.getAbbreviation(), PhraseKind.valueOf(r.getKind()), r.getBody()));
        return phrases.isEmpty() ? Optional.empty() : Optional.of(new PhraseLibrary(board, phrases));
    }
}
