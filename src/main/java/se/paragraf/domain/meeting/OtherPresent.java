package se.paragraf.domain.meeting;

import se.paragraf.domain.shared.Require;

/** Someone present who does not belong to the board: an official with a title ("Regiondirektör"). */
public record OtherPresent(String name, String title) {
    public OtherPresent {
        name = Require.text(name, "Namn");
        title = Require.optionalText(title);
    }
}
