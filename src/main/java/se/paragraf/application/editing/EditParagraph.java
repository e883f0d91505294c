package se.paragraf.application.editing;

import java.util.Optional;
import java.util.function.UnaryOperator;
import se.paragraf.application.UnitOfWork;
import se.paragraf.application.search.SaveParagraph;
import se.paragraf.domain.paragraph.Paragraph;
import se.paragraf.domain.paragraph.ParagraphId;

/**
 * Use case: load a § for the editor and save it. Saving goes through {@link SaveParagraph}
 * (database, then search index) and is what autosave calls, debounced; {@link #edit} wraps a
 * change of the § as an undoable {@link Edit}.
 */
public final class EditParagraph {
    private final UnitOfWork unitOfWork;
    private final SaveParagraph saveParagraph;

    public EditParagraph(UnitOfWork unitOfWork, SaveParagraph saveParagraph) {
        this.unitOfWork = unitOfWork;
        this.saveParagraph = saveParagraph;
    }

    public Optional<Paragraph> load(ParagraphId id) {
        return unitOfWork.transaction(r -> r.paragraphs().findById(id));
    }

    /** Saves the draft as it stands; refused once the protocol is justerat. */
    public void save(Paragraph paragraph) {
        unitOfWork.run(r -> MinutesGuard.requireEditable(r, paragraph.meeting(), paragraph.id()));
        saveParagraph.save(paragraph);
    }

    /** An edit from {@code before} to {@code change.apply(before)}; execute it through an {@link EditHistory}. */
    public ValueEdit<Paragraph> edit(String description, Paragraph before, UnaryOperator<Paragraph> change) {
        return new ValueEdit<>(description, before, change.apply(before), this::save);
    }
}
