package se.paragraf.domain.paragraph;

import java.util.Optional;
import se.paragraf.domain.board.MemberId;
import se.paragraf.domain.shared.DomainException;
import se.paragraf.domain.shared.Require;

/**
 * Jäv: the member neither takes part nor is present in this §. An ersättare may serve in her
 * place for this § alone ({@code substitute}, KL 6 kap 28–32 §§).
 */
public record Disqualification(MemberId member, String reason, MemberId substitute) {
    public Disqualification {
        Require.present(member, "Jävig ledamot");
        reason = Require.optionalText(reason);
        if (member.equals(substitute)) {
            throw new DomainException("En jävig ledamot kan inte ersätta sig själv.");
        }
    }

    public Optional<MemberId> replacedBy() {
        return Optional.ofNullable(substitute);
    }
}
