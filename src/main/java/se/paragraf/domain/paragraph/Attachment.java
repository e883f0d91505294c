package se.paragraf.domain.paragraph;

import java.util.Optional;
import se.paragraf.domain.shared.Require;

/**
 * A beslutsunderlag. {@code label} is the bilaga number printed in the protocol: numbers run
 * through the whole protocol ("1" … "77", see {@link AttachmentNumbering}); information items
 * use letters ("A", "G-I"). Without a label the document is listed but not attached.
 * {@code file} is the stored document, when the secretary added one.
 */
public record Attachment(String label, String title, StoredFile file) {
    public Attachment {
        label = Require.optionalText(label);
        title = Require.text(title, "Beslutsunderlagets rubrik");
    }

    public Attachment(String label, String title) {
        this(label, title, null);
    }

    public boolean isAttached() {
        return label != null;
    }

    public Optional<StoredFile> storedFile() {
        return Optional.ofNullable(file);
    }

    public Attachment labelled(String newLabel) {
        return new Attachment(newLabel, title, file);
    }
}
