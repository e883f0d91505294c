package se.paragraf.application.editing;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import se.paragraf.application.UnitOfWork;
import se.paragraf.application.search.SaveParagraph;
import se.paragraf.domain.meeting.MeetingId;
import se.paragraf.domain.paragraph.Confidentiality;
import se.paragraf.domain.paragraph.Paragraph;
import se.paragraf.domain.paragraph.ParagraphId;
import se.paragraf.domain.paragraph.ParagraphNumber;
import se.paragraf.domain.shared.DomainException;

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

    /**
     * Puts § {@code number} of {@code meeting} under sekretess, or clears it when {@code confidentiality}
     * is null; refused once the protocol is justerat, like any change. The saved § is returned.
     */
    public Paragraph classify(MeetingId meeting, ParagraphNumber number, Confidentiality confidentiality) {
        Paragraph paragraph = unitOfWork.transaction(r -> {
            if (r.meetings().findById(meeting).isEmpty()) {
                throw new DomainException("Sammanträde " + meeting + " finns inte i arkivet. Kontrollera numret, "
                        + "till exempel med meeting list.");
            }
            List<Paragraph> all = r.paragraphs().findByMeeting(meeting);
            return all.stream().filter(p -> p.number().equals(number)).findFirst()
                    .orElseThrow(() -> new DomainException("§ " + number + " finns inte i sammanträde " + meeting
                            + (all.isEmpty() ? ", som saknar paragrafer." : ", som har § " + all.get(0).number()
                            + "–" + all.get(all.size() - 1).number() + ".")));
        });
        Paragraph classified = paragraph.classify(confidentiality);
        save(classified);
        return classified;
    }

    /** An edit from {@code before} to {@code change.apply(before)}; execute it through an {@link EditHistory}. */
    public ValueEdit<Paragraph> edit(String description, Paragraph before, UnaryOperator<Paragraph> change) {
        return new ValueEdit<>(description, before, change.apply(before), this::save);
    }
}
