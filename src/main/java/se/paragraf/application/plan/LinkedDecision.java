package se.paragraf.application.plan;

import java.time.LocalDate;
import java.util.List;
import se.paragraf.domain.assignment.DecisionRef;

/**
 * A decision linked to a goal, as the goal page lists it: when, which board, which §, about
 * what, and the clause text when a single att-sats is linked (else the whole decision).
 */
public record LinkedDecision(DecisionRef ref, LocalDate date, String boardName, String paragraphLabel, String title,
                             List<String> caseNumbers, String decisionText) {
}
