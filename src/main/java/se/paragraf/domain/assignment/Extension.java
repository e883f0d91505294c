package se.paragraf.domain.assignment;

import java.time.LocalDate;
import se.paragraf.domain.paragraph.ParagraphId;
import se.paragraf.domain.shared.Require;

/** A later decision that gives an assignment more time ("tiden … förlängs till …", seed § 123 and § 131). */
public record Extension(ParagraphId paragraph, LocalDate decidedOn, Due newDue) {
    public Extension {
        Require.present(paragraph, "Paragrafen som förlänger uppdraget");
        Require.present(decidedOn, "Beslutsdatum");
        Due.requireDate(newDue, "En förlängning");
    }
}
