package se.paragraf.domain.plan;

import java.util.List;
import se.paragraf.domain.assignment.Due;
import se.paragraf.domain.shared.DomainException;
import se.paragraf.domain.shared.Require;

/**
 * An uppdrag written into the plan itself: given by fullmäktige or the board, directed to one or
 * more boards or roles ("Hälso- och sjukvårdsnämnden och regionstyrelsen"), due "Senast juni 2019".
 */
public record PlanAssignment(String givenBy, List<String> directedTo, String task, Due due) {
    public PlanAssignment {
        givenBy = Require.text(givenBy, "Vem som gav uppdraget");
        directedTo = Require.present(directedTo, "Mottagare").stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (directedTo.isEmpty()) {
            throw new DomainException("Uppdraget \"" + task + "\" måste riktas till minst ett organ eller en roll.");
        }
        task = Require.text(task, "Uppdragets beskrivning");
        due = due == null ? Due.NONE : due;
    }
}
