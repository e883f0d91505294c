package se.paragraf.ui.workbench;

import se.paragraf.domain.agenda.AgendaItem;
import se.paragraf.domain.agenda.AgendaItemId;
import se.paragraf.domain.matter.CaseNumber;
import se.paragraf.domain.paragraph.ParagraphId;
import se.paragraf.ui.Messages;

/** One line of the föredragningslista as shown: "§ 12", "Info" or "–" before numbering. */
public record AgendaRow(AgendaItemId id, boolean information, String number, String title, String caseNumber,
                        ParagraphId paragraph) {
    static AgendaRow of(AgendaItem item) {
        String number = item.information() ? Messages.get("agenda.information.short")
                : item.isNumbered() ? "§ " + item.number() : "–";
        return new AgendaRow(item.id(), item.information(), number, item.title(),
                item.caseNumberIfAny().map(CaseNumber::compact).orElse(""), item.paragraph());
    }
}
