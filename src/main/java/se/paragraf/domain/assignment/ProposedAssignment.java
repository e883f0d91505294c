package se.paragraf.domain.assignment;

import java.util.Optional;
import se.paragraf.domain.shared.Require;

/**
 * An assignment read from a clause, for the secretary to accept, edit or reject. {@code assignee}
 * is missing when the clause names none ("att uppföljningen återrapporteras till
 * regionstyrelsen i december") and no earlier clause of the decision gave one.
 */
public record ProposedAssignment(int clauseIndex, String assignee, String task, Due due) {
    public ProposedAssignment {
        assignee = Require.optionalText(assignee);
        task = Require.text(task, "Uppdragets beskrivning");
        due = due == null ? Due.NONE : due;
    }

    public Optional<String> assigneeIfAny() {
        return Optional.ofNullable(assignee);
    }
}
