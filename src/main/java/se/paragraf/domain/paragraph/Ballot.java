package se.paragraf.domain.paragraph;

import se.paragraf.domain.board.MemberId;
import se.paragraf.domain.shared.Require;

/** How one serving member voted in an open vote. */
public record Ballot(MemberId member, VoteChoice choice) {
    public Ballot {
        Require.present(member, "Röstande ledamot");
        Require.present(choice, "Röst");
    }
}
