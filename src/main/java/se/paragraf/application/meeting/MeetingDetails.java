package se.paragraf.application.meeting;

import java.util.List;
import java.util.Optional;
import se.paragraf.application.archive.MeetingOverview;
import se.paragraf.domain.board.Board;
import se.paragraf.domain.meeting.Meeting;
import se.paragraf.domain.paragraph.Paragraph;

/** A meeting as its protocol reads: the meeting, the board that met, and its paragraphs in § order. */
public record MeetingDetails(Meeting meeting, Board board, List<Paragraph> paragraphs) {
    public MeetingDetails {
        paragraphs = List.copyOf(paragraphs);
    }

    /** "§§ 96–135", "§ 7", or empty before the first paragraph is written; worded as in the meeting list. */
    public Optional<String> paragraphRange() {
        if (paragraphs.isEmpty()) {
            return Optional.empty();
        }
        return new MeetingOverview(meeting, paragraphs.size(), paragraphs.get(0).number(),
                paragraphs.get(paragraphs.size() - 1).number()).paragraphRange();
    }
}
