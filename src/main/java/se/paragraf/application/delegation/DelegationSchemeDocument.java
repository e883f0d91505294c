package se.paragraf.application.delegation;

import java.io.OutputStream;

/** Port: a version of a delegationsordning as an archivable document (PDF/A in production). */
public interface DelegationSchemeDocument {
    void write(SchemePrint scheme, OutputStream out);
}
