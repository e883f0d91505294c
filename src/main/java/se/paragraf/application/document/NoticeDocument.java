package se.paragraf.application.document;

import java.io.IOException;
import java.io.OutputStream;
import se.paragraf.domain.adjustment.Notice;

/** Port: the anslag as a printable, archivable document (PDF/A in production, see ADR 0009). */
public interface NoticeDocument {
    void write(Notice notice, OutputStream out) throws IOException;
}
