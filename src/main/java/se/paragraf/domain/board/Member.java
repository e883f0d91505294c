package se.paragraf.domain.board;

import se.paragraf.domain.shared.Require;

/** A person elected to one or more boards; party may be absent (e.g. for officials' records). */
public record Member(MemberId id, String name, String party) {
    public Member {
        Require.present(id, "Ledamotens id");
        name = Require.text(name, "Namn");
        party = Require.optionalText(party);
    }
}
