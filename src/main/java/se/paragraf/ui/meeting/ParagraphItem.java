package se.paragraf.ui.meeting;

import java.util.stream.Collectors;
import se.paragraf.domain.matter.CaseNumber;
import se.paragraf.domain.paragraph.Paragraph;
import se.paragraf.domain.paragraph.ParagraphId;

/** One line of the meeting's paragraph list, already formatted: "§ 98", title, dnr, immediate justering. */
public record ParagraphItem(ParagraphId id, String number, String title, String caseNumbers,
                            boolean immediatelyAdjusted) {
    static ParagraphItem of(Paragraph paragraph) {
        return new ParagraphItem(paragraph.id(), "§ " + paragraph.number(), paragraph.title(),
                paragraph.caseNumbers().stream().map(CaseNumber::compact).collect(Collectors.joining(", ")),
                paragraph.immediateAdjustment());
    }
}
