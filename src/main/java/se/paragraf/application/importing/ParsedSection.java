package se.paragraf.application.importing;

import java.util.Optional;
import se.paragraf.domain.paragraph.MotivationSection;
import se.paragraf.domain.shared.DomainException;

/** A titled part of the motivation as written (Ärendebeskrivning, Bakgrund, …). */
public record ParsedSection(String heading, String text) {
    public ParsedSection {
        heading = heading == null ? "" : heading.strip();
        text = text == null ? "" : text.strip();
    }

    public Optional<MotivationSection> toMotivationSection() {
        try {
            return Optional.of(new MotivationSection(heading, text));
        } catch (DomainException e) {
            return Optional.empty();
        }
    }
}
