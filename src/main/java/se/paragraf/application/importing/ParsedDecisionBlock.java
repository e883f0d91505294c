package se.paragraf.application.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.paragraf.domain.paragraph.Clause;
import se.paragraf.domain.paragraph.DecisionBlock;
import se.paragraf.domain.shared.DomainException;

/**
 * One decision formula and its att-satser as read. Seed § 122 has two blocks, the second
 * conditional on fullmäktige's decision. {@code formula} is null when the text had clauses
 * without a formula.
 */
public record ParsedDecisionBlock(String formula, List<String> clauses) {
    public ParsedDecisionBlock {
        clauses = List.copyOf(clauses == null ? List.of() : clauses);
    }

    /** The domain block; empty when the formula is missing (the caller warns and asks). */
    public Optional<DecisionBlock> toDecisionBlock() {
        if (formula == null || formula.isBlank()) {
            return Optional.empty();
        }
        try {
            List<Clause> cleaned = new ArrayList<>();
            for (String c : clauses) {
                cleaned.add(new Clause(c));
            }
            return Optional.of(new DecisionBlock(formula, cleaned));
        } catch (DomainException e) {
            return Optional.empty();
        }
    }
}
