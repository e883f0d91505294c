package se.paragraf.application.document;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import se.paragraf.domain.meeting.MeetingId;
import se.paragraf.domain.paragraph.ParagraphId;

/**
 * Port: a protokollsutdrag (certified extract) of some §§ of a meeting as PDF/A. The minutes
 * renderer implements it; until it is wired, {@link #NONE} says so politely.
 */
public interface ExtractRenderer {
    void renderExtract(MeetingId meeting, List<ParagraphId> paragraphs, OutputStream out) throws IOException;

    ExtractRenderer NONE = (meeting, paragraphs, out) -> {
        throw new se.paragraf.domain.shared.DomainException("Protokollsutdrag kan inte skapas i den här versionen "
                + "av Paragraf ännu. Registrera expedieringen utan fil i stället.");
    };
}
