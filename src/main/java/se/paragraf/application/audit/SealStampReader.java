package se.paragraf.application.audit;

import java.util.Optional;

/** Port: reads the {@link SealStamp} out of a document's metadata; empty when it has none. */
@FunctionalInterface
public interface SealStampReader {
    Optional<SealStamp> read(byte[] document);
}
