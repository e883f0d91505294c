package se.paragraf.domain.adjustment;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.paragraf.domain.meeting.MeetingId;
import se.paragraf.domain.paragraph.ParagraphId;

/** Immediate justeringar are only ever added. */
public interface ParagraphAdjustmentRepository {
    void add(ParagraphAdjustment adjustment);

    Optional<ParagraphAdjustment> find(ParagraphId paragraph);

    List<ParagraphAdjustment> findByMeeting(MeetingId meeting);

    /** Every immediately justerad §: the search index's rebuild reads them at once. */
    Set<ParagraphId> findAdjustedParagraphs();
}
