package se.paragraf.application.document;

import java.io.IOException;
import java.io.OutputStream;

/** Port: a result list as a printable, archivable document (PDF/A in production, see ADR 0009). */
public interface SearchResultReport {
    void write(SearchResultList list, OutputStream out) throws IOException;
}
