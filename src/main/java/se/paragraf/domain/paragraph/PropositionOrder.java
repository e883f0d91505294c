package se.paragraf.domain.paragraph;

import java.util.List;
import java.util.Optional;
import se.paragraf.domain.shared.DomainException;
import se.paragraf.domain.shared.Require;

/**
 * Propositionsordning: the proposals the chair put, in the order put, and which of them the
 * board adopted ({@code adopted} is an index into {@code propositions}, null while undecided).
 */
public record PropositionOrder(List<String> propositions, Integer adopted) {
    public static final PropositionOrder NONE = new PropositionOrder(List.of(), null);

    public PropositionOrder {
        propositions = Require.present(propositions, "Propositioner").stream()
                .map(p -> Require.text(p, "Propositionen")).toList();
        if (adopted != null && (adopted < 0 || adopted >= propositions.size())) {
            throw new DomainException("Det bifallna förslaget måste vara ett av de " + propositions.size()
                    + " som ställdes under proposition.");
        }
    }

    public boolean isEmpty() {
        return propositions.isEmpty();
    }

    public Optional<String> adoptedProposition() {
        return adopted == null ? Optional.empty() : Optional.of(propositions.get(adopted));
    }
}
