package se.paragraf.domain.paragraph;

import se.paragraf.domain.board.MemberId;
import se.paragraf.domain.shared.DomainException;
import se.paragraf.domain.shared.Require;

/** A yrkande not withdrawn: who moved it, its kind and, for ändring, tillägg and own motions, its wording. */
public record Motion(MemberId member, MotionKind kind, String text) {
    public Motion {
        Require.present(member, "Den som yrkar");
        Require.present(kind, "Yrkandets typ");
        text = Require.optionalText(text);
        if (kind.needsText() && text == null) {
            throw new DomainException("Ett yrkande om " + kind.swedishName() + " behöver en text. Skriv vad som yrkas.");
        }
    }
}
