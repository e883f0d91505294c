package se.paragraf.domain.paragraph;

import java.util.Optional;

/** The bytes of attachment files, kept once per content however many attachments refer to them. */
public interface StoredFileRepository {
    /** Stores the bytes (once per content) and returns the reference an {@link Attachment} holds. */
    StoredFile store(String fileName, byte[] bytes);

    Optional<byte[]> content(StoredFile file);
}
