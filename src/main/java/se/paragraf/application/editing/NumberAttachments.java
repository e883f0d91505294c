package se.paragraf.application.editing;

import java.util.List;
import se.paragraf.application.UnitOfWork;
import se.paragraf.application.search.SaveParagraph;
import se.paragraf.domain.meeting.MeetingId;
import se.paragraf.domain.paragraph.AttachmentNumbering;
import se.paragraf.domain.paragraph.Paragraph;

/**
 * Use case: number the bilagor through the whole protocol in § order, as one undoable edit;
 * the editor runs it after adding, removing or moving an attachment or a §.
 */
public final class NumberAttachments {
    private final UnitOfWork unitOfWork;
    private final SaveParagraph saveParagraph;

    public NumberAttachments(UnitOfWork unitOfWork, SaveParagraph saveParagraph) {
        this.unitOfWork = unitOfWork;
        this.saveParagraph = saveParagraph;
    }

    public ValueEdit<List<Paragraph>> number(MeetingId meeting) {
        List<Paragraph> before = unitOfWork.transaction(r -> {
            MinutesGuard.requireNotAdjusted(r, meeting);
            return r.paragraphs().findByMeeting(meeting);
        });
        List<Paragraph> after = AttachmentNumbering.renumber(before);
        return new ValueEdit<>("Numrera bilagor", before, after, paragraphs -> {
            unitOfWork.run(r -> MinutesGuard.requireNotAdjusted(r, meeting));
            saveParagraph.saveAll(paragraphs);
        });
    }
}
