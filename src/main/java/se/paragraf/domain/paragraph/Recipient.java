package se.paragraf.domain.paragraph;

import se.paragraf.domain.shared.Require;

/** Someone who is to receive an extract of the paragraph (delges): a role, an organ or a person. */
public record Recipient(String name) {
    public Recipient {
        name = Require.text(name, "Mottagare");
    }
}
