package se.paragraf.application.meeting;

import java.util.Optional;
import se.paragraf.application.UnitOfWork;
import se.paragraf.domain.paragraph.ParagraphId;

/** Use case: read one paragraph with its meeting and board, e.g. to open a search hit. */
public final class ShowParagraph {
    private final UnitOfWork unitOfWork;

    public ShowParagraph(UnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    /** Empty when no such paragraph exists (any more). */
    public Optional<ParagraphDetails> show(ParagraphId id) {
        return unitOfWork.transaction(r -> r.paragraphs().findById(id)
                .flatMap(paragraph -> r.meetings().findById(paragraph.meeting())
                        .flatMap(meeting -> r.boards().findById(meeting.board())
                                .map(board -> new ParagraphDetails(paragraph, meeting, board)))));
    }
}
