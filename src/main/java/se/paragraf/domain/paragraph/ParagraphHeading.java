package se.paragraf.domain.paragraph;

import java.time.LocalDate;
import java.util.List;
import se.paragraf.domain.board.BoardId;
import se.paragraf.domain.matter.CaseNumber;
import se.paragraf.domain.meeting.MeetingId;
import se.paragraf.domain.shared.Require;

/**
 * A paragraph as a list shows it: where and when, its number, title, case numbers and decision,
 * without motivation, attachments and the rest. Cheaper to read than a {@link Paragraph}.
 * {@code confidentiality} is null for a § without sekretess.
 */
public record ParagraphHeading(ParagraphId id, MeetingId meeting, BoardId board, LocalDate date,
                               ParagraphNumber number, String title, List<CaseNumber> caseNumbers,
                               Decision decision, Confidentiality confidentiality) {
    public ParagraphHeading {
        Require.present(id, "Paragrafens id");
        Require.present(meeting, "Sammanträde");
        Require.present(board, "Organ");
        Require.present(date, "Sammanträdets datum");
        Require.present(number, "Paragrafnummer");
        caseNumbers = List.copyOf(Require.present(caseNumbers, "Diarienummer"));
        Require.present(decision, "Beslut");
    }
}
