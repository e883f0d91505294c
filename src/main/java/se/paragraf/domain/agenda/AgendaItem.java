package se.paragraf.domain.agenda;

import java.util.Optional;
import se.paragraf.domain.matter.CaseNumber;
import se.paragraf.domain.paragraph.ParagraphId;
import se.paragraf.domain.paragraph.ParagraphNumber;
import se.paragraf.domain.shared.DomainException;
import se.paragraf.domain.shared.Require;

/**
 * A point on the föredragningslista: a matter (with case number when it has one, title and the
 * proposal to decide) that becomes a §, or an information item that gets no §
 * ("Inför sammanträdet lämnas följande informationer"). Once numbered, {@code paragraph} is
 * the § it became and {@code number} its number.
 */
public record AgendaItem(AgendaItemId id, boolean information, CaseNumber caseNumber, String title,
                         String proposal, ParagraphId paragraph, ParagraphNumber number) {
    public AgendaItem {
        Require.present(id, "Punktens id");
        title = Require.text(title, "Punktens rubrik");
        proposal = Require.optionalText(proposal);
        if (information && (paragraph != null || number != null)) {
            throw new DomainException("En informationspunkt får ingen paragraf.");
        }
        if ((paragraph == null) != (number == null)) {
            throw new DomainException("En numrerad punkt behöver både paragraf och paragrafnummer.");
        }
    }

    public static AgendaItem matter(AgendaItemId id, CaseNumber caseNumber, String title, String proposal) {
        return new AgendaItem(id, false, caseNumber, title, proposal, null, null);
    }

    public static AgendaItem information(AgendaItemId id, String title) {
        return new AgendaItem(id, true, null, title, null, null, null);
    }

    public Optional<CaseNumber> caseNumberIfAny() {
        return Optional.ofNullable(caseNumber);
    }

    public boolean isNumbered() {
        return number != null;
    }

    public AgendaItem numbered(ParagraphId newParagraph, ParagraphNumber newNumber) {
        return new AgendaItem(id, information, caseNumber, title, proposal, newParagraph, newNumber);
    }

    public AgendaItem retitled(String newTitle, String newProposal) {
        return new AgendaItem(id, information, caseNumber, newTitle, newProposal, paragraph, number);
    }
}
