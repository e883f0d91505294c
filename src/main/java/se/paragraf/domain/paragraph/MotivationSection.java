package se.paragraf.domain.paragraph;

import se.paragraf.domain.shared.Require;

/** A titled part of the motivation: Ärendebeskrivning, Bakgrund, Förvaltningens bedömning, … */
public record MotivationSection(String heading, String text) {
    public MotivationSection {
        heading = Require.text(heading, "Avsnittets rubrik");
        text = text == null ? "" : text.strip();
    }
}
