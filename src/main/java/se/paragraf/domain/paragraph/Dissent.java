package se.paragraf.domain.paragraph;

import se.paragraf.domain.board.MemberId;
import se.paragraf.domain.shared.DomainException;
import se.paragraf.domain.shared.Require;

/**
 * A reservation. Either its text is written, or the member announced she will hand it in
 * ("återkommer skriftligt"): then {@code writtenLater} is set until the text arrives, which
 * must be before justering.
 */
public record Dissent(MemberId member, String text, boolean writtenLater) {
    public Dissent {
        Require.present(member, "Den som reserverar sig");
        text = Require.optionalText(text);
        if (text == null && !writtenLater) {
            throw new DomainException("En reservation behöver en text, eller markera att ledamoten återkommer skriftligt.");
        }
        if (text != null && writtenLater) {
            throw new DomainException("Reservationen har redan sin text; ta bort markeringen \"återkommer skriftligt\".");
        }
    }

    public static Dissent withText(MemberId member, String text) {
        return new Dissent(member, text, false);
    }

    public static Dissent inWritingLater(MemberId member) {
        return new Dissent(member, null, true);
    }

    /** The written reservation has arrived. */
    public Dissent written(String newText) {
        return new Dissent(member, newText, false);
    }
}
