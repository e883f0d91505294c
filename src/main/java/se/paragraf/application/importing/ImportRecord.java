package se.paragraf.application.importing;

import java.time.Instant;
import java.util.List;
import se.paragraf.domain.meeting.MeetingId;
import se.paragraf.domain.shared.Require;

/**
 * One imported source file: which meeting it became, when, and the text it was read from with
 * the warnings the secretary was shown. The checksum identifies the file's bytes.
 */
public record ImportRecord(String checksum, String fileName, Instant importedAt, MeetingId meeting,
                           String sourceText, List<String> warnings) {
    public ImportRecord {
        checksum = Require.text(checksum, "Kontrollsumma");
        fileName = Require.text(fileName, "Filnamn");
        Require.present(importedAt, "Importtidpunkt");
        Require.present(meeting, "Sammanträde");
        sourceText = Require.present(sourceText, "Källtext");
        warnings = List.copyOf(Require.present(warnings, "Varningar"));
    }
}
