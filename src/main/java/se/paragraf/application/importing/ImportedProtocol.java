package se.paragraf.application.importing;

import java.time.LocalDate;
import java.util.List;
import se.paragraf.domain.meeting.MeetingId;

/** What one import saved: the meeting, its board, how many paragraphs, and every warning. */
public record ImportedProtocol(MeetingId meeting, String board, LocalDate date, int paragraphs, List<String> warnings) {
    public ImportedProtocol {
        warnings = List.copyOf(warnings);
    }
}
