package se.paragraf.domain.paragraph;

import se.paragraf.domain.shared.Require;

/**
 * A beslutsunderlag. {@code label} is the bilaga number printed in the protocol: numbers run
 * through the whole protocol ("1" … "77"); information items use letters ("A", "G-I").
 * Without a label the document is listed but not attached.
 */
public record Attachment(String label, String title) {
    public Attachment {
        label = Require.optionalText(label);
        title = Require.text(title, "Beslutsunderlagets rubrik");
    }

    public boolean isAttached() {
        return label != null;
    }
}
