package se.paragraf.domain.paragraph;

import java.util.List;
import se.paragraf.domain.board.MemberId;
import se.paragraf.domain.shared.DomainException;
import se.paragraf.domain.shared.Require;

/** A protokollsanteckning by {@code author}, joined by others ("… instämmer i anteckningen"). */
public record RecordedStatement(MemberId author, List<MemberId> joiners, String text) {
    public RecordedStatement {
        Require.present(author, "Den som gör anteckningen");
        joiners = List.copyOf(Require.present(joiners, "De som instämmer"));
        if (joiners.contains(author) || joiners.stream().distinct().count() != joiners.size()) {
            throw new DomainException("Var och en kan bara stå en gång bakom en protokollsanteckning.");
        }
        text = Require.text(text, "Protokollsanteckningen");
    }
}
