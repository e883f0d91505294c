package se.paragraf.application.editing;

import java.util.Optional;
import se.paragraf.application.UnitOfWork;
import se.paragraf.domain.paragraph.StoredFile;

/**
 * Use case: keep a file's bytes in the archive and hand back the reference an attachment holds;
 * add it to the paragraph with {@code withAttachments} and number with {@code AttachmentNumbering}.
 */
public final class AttachFile {
    private final UnitOfWork unitOfWork;

    public AttachFile(UnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    public StoredFile store(String fileName, byte[] bytes) {
        return unitOfWork.transaction(r -> r.files().store(fileName, bytes));
    }

    public Optional<byte[]> content(StoredFile file) {
        return unitOfWork.transaction(r -> r.files().content(file));
    }
}
