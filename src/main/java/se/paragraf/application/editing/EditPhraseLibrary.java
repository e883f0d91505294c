package se.paragraf.application.editing;

import se.paragraf.application.UnitOfWork;
import se.paragraf.domain.board.BoardId;
import se.paragraf.domain.phrase.PhraseLibrary;

/** Use case: a board's phrase library (the defaults until the secretary changes it), and saving it. */
public final class EditPhraseLibrary {
    private final UnitOfWork unitOfWork;

    public EditPhraseLibrary(UnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    public PhraseLibrary load(BoardId board) {
        return unitOfWork.transaction(r -> r.phrases().findByBoard(board).orElse(PhraseLibrary.defaults(board)));
    }

    public void save(PhraseLibrary library) {
        unitOfWork.run(r -> r.phrases().save(library));
    }
}
