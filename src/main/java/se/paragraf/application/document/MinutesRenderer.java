package se.paragraf.application.document;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Port: minutes, extracts and public versions as archivable documents (PDF/A in production,
 * see ADR 0011). The document arrives fully worded; the renderer only lays it out, so what is
 * masked or left out of a public version never reaches it.
 */
public interface MinutesRenderer {
    void render(MinutesDocument document, OutputStream out) throws IOException;

    /** The same, carrying {@code stamp} in the document's metadata (ADR 0018). */
    default void render(MinutesDocument document, se.paragraf.application.audit.SealStamp stamp, OutputStream out)
            throws IOException {
        render(document, out);
    }
}
