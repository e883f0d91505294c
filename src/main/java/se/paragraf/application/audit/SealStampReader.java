package se.paragraf.application.audit;

import java.util.Optional;

/** Port: reads what a document says of itself: the {@link SealStamp} in its metadata, and its text. */
public interface SealStampReader {
    /** The stamp; empty when the document has none or is no PDF. */
    Optional<SealStamp> read(byte[] document);

    /** The document's text in reading order; empty when it has none or is no PDF. */
    String text(byte[] document);
}
