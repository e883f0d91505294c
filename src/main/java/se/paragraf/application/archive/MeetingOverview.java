package se.paragraf.application.archive;

import java.util.Optional;
import se.paragraf.domain.meeting.Meeting;
import se.paragraf.domain.paragraph.ParagraphNumber;

/** A meeting with the range of its §§; first and last are null when it has no paragraphs yet. */
public record MeetingOverview(Meeting meeting, int paragraphCount, ParagraphNumber first, ParagraphNumber last) {
    public Optional<String> paragraphRange() {
        if (first == null) {
            return Optional.empty();
        }
        return Optional.of(first.equals(last) ? "§ " + first : "§§ " + first + "–" + last);
    }
}
