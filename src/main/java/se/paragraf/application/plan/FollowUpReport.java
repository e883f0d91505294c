package se.paragraf.application.plan;

import java.io.IOException;
import java.io.OutputStream;

/** Port: the follow-up report as a document (PDF/A in {@code document}). */
public interface FollowUpReport {
    void write(FollowUp followUp, OutputStream out) throws IOException;
}
