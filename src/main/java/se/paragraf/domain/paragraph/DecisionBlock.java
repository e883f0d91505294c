package se.paragraf.domain.paragraph;

import java.util.ArrayList;
import java.util.List;
import se.paragraf.domain.shared.DomainException;
import se.paragraf.domain.shared.Require;

/**
 * A decision formula ("Regionstyrelsen beslutar på finansutskottets förslag") and its ordered
 * att-satser. A block may have no clauses when the decision is written as prose, as many
 * municipalities do.
 */
public record DecisionBlock(String formula, List<Clause> clauses) {
    public DecisionBlock {
        formula = Require.text(formula, "Beslutsformeln");
        clauses = List.copyOf(Require.present(clauses, "Att-satser"));
    }

    public static DecisionBlock of(String formula, String... clauses) {
        return new DecisionBlock(formula, java.util.Arrays.stream(clauses).map(Clause::new).toList());
    }

    /**
     * The clauses as printed: "att …;" between clauses, "att …; samt" before the last and
     * "att … ." after it; a lone clause ends with ".".
     */
    public List<String> renderedClauses() {
        List<String> lines = new ArrayList<>(clauses.size());
        for (int i = 0; i < clauses.size(); i++) {
            String ending;
            if (i == clauses.size() - 1) {
                ending = ".";
            } else if (i == clauses.size() - 2) {
                ending = "; samt";
            } else {
                ending = ";";
            }
            lines.add("att " + clauses.get(i).text() + ending);
        }
        return lines;
    }

    /** Formula and clauses as one text, a blank line between, as in the seed protocol. */
    public String render() {
        if (clauses.isEmpty()) {
            return formula;
        }
        return formula + "\n\n" + String.join("\n\n", renderedClauses());
    }

    public DecisionBlock withClause(Clause clause) {
        List<Clause> more = new ArrayList<>(clauses);
        more.add(Require.present(clause, "Att-sats"));
        return new DecisionBlock(formula, more);
    }

    public DecisionBlock withoutClause(int index) {
        if (index < 0 || index >= clauses.size()) {
            throw new DomainException("Att-sats " + (index + 1) + " finns inte.");
        }
        List<Clause> fewer = new ArrayList<>(clauses);
        fewer.remove(index);
        return new DecisionBlock(formula, fewer);
    }

    /** Inserts a clause at {@code index} (0 = first; the size = last). */
    public DecisionBlock withClause(int index, Clause clause) {
        if (index < 0 || index > clauses.size()) {
            throw new DomainException("En att-sats kan inte läggas in på plats " + (index + 1) + ".");
        }
        List<Clause> more = new ArrayList<>(clauses);
        more.add(index, Require.present(clause, "Att-sats"));
        return new DecisionBlock(formula, more);
    }

    public DecisionBlock replaceClause(int index, Clause clause) {
        return withoutClause(index).withClause(index, clause);
    }

    /** Moves a clause; the punctuation follows the new order by itself, since it is rendered. */
    public DecisionBlock moveClause(int from, int to) {
        Clause clause = clauseAt(from);
        DecisionBlock without = withoutClause(from);
        if (to < 0 || to > without.clauses.size()) {
            throw new DomainException("Att-satsen kan inte flyttas till plats " + (to + 1) + ".");
        }
        return without.withClause(to, clause);
    }

    public DecisionBlock reformulate(String newFormula) {
        return new DecisionBlock(newFormula, clauses);
    }

    private Clause clauseAt(int index) {
        if (index < 0 || index >= clauses.size()) {
            throw new DomainException("Att-sats " + (index + 1) + " finns inte.");
        }
        return clauses.get(index);
    }
}
