package se.paragraf.ui.workbench;

import se.paragraf.domain.paragraph.Paragraph;
import se.paragraf.domain.paragraph.ParagraphId;

/** A § of the meeting in the editor's § picker: "§ 98 Svar på revisionsrapport". */
public record ParagraphChoice(ParagraphId id, String label) {
    static ParagraphChoice of(Paragraph paragraph) {
        return new ParagraphChoice(paragraph.id(), "§ " + paragraph.number() + " " + paragraph.title());
    }

    @Override
    public String toString() {
        return label;
    }
}
