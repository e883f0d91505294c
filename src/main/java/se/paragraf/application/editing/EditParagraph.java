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
 * change of the § as an undoable {@link Edit}. A save on an older version than the archive
 * holds is refused with a {@link se.paragraf.domain.shared.StaleVersionException} (ADR 0019).
 */
public final class EditParagraph {
    private final UnitOfWork unitOfWork;
    private final SaveParagraph saveParagraph;

    public EditParagraph(UnitOfWork unitOfWork, SaveParagraph saveParagraph) {
        this.unitOfWork = unitOfWork;
        this.saveParagraph = saveParagraph;
    }

    /** The § as stored; later saves of it are made on the version read here. */
    public Optional<Paragraph> load(ParagraphId id) {
        Optional<Paragraph> found = unitOfWork.transaction(r -> r.paragraphs().findById(id));
        found.ifPresent(saveParagraph::read);
        return found;
    }

    /**
     * Saves the draft as it stands and returns it at the version the archive now holds. Refused
     * once the protocol is justerat, and when someone else saved the § since it was read: the
     * check and the write are one transaction.
     */
    public Paragraph save(Paragraph paragraph) {
        return saveParagraph.saveIn(r -> MinutesGuard.requireEditable(r, paragraph.meeting(), paragraph.id()), paragraph);
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
