package se.paragraf.domain.meeting;

import se.paragraf.domain.board.MemberId;
import se.paragraf.domain.shared.Require;

/** A justerare: a member chosen to sign the minutes as correct together with the chair. */
public record Adjuster(MemberId member) {
    public Adjuster {
        Require.present(member, "Justerare");
    }
}
