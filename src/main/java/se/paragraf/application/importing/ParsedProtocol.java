package se.paragraf.application.importing;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import se.paragraf.domain.matter.CaseNumber;

/**
 * A protocol as read from text. Fields the text did not give are null or empty; the
 * protocol-level warnings say what was missing, each paragraph carries its own.
 *
 * @param organization      "Högsby kommun", "Region Västernorrland" when printed
 * @param minutesCaseNumber the protocol's own dnr as written, e.g. "25RS1"
 * @param adjusters         justerare (not the chair)
 * @param signatories       names under "Justeras" / "Underskrifter" at the end, chair first
 */
public record ParsedProtocol(String organization, String board, LocalDate meetingDate, String placeAndTime,
                             String minutesCaseNumber, ParsedAttendance attendance, List<String> adjusters,
                             String secretary, List<String> signatories, List<ParsedParagraph> paragraphs,
                             List<String> warnings) {
    public ParsedProtocol {
        attendance = attendance == null ? ParsedAttendance.NONE : attendance;
        adjusters = List.copyOf(adjusters);
        signatories = List.copyOf(signatories);
        paragraphs = List.copyOf(paragraphs);
        warnings = List.copyOf(warnings);
    }

    public Optional<CaseNumber> parsedMinutesCaseNumber() {
        return CaseNumber.tryParse(minutesCaseNumber);
    }

    /** Every warning, the protocol's first, then each paragraph's prefixed with its §. */
    public List<String> allWarnings() {
        java.util.ArrayList<String> all = new java.util.ArrayList<>(warnings);
        for (ParsedParagraph p : paragraphs) {
            for (String w : p.warnings()) {
                all.add("§ " + p.number() + ": " + w);
            }
        }
        return all;
    }
}
