package se.paragraf.application.search;

import se.paragraf.domain.paragraph.Decision;
import se.paragraf.domain.paragraph.DecisionBlock;
import se.paragraf.domain.paragraph.Paragraph;

/** The decision in one line for lists: its first att-sats, or the formula of a prose decision. */
public final class DecisionSummary {
    private static final int MAX_LENGTH = 200;

    private DecisionSummary() {
    }

    public static String of(Paragraph paragraph) {
        return of(paragraph.decision());
    }

    public static String of(Decision decision) {
        if (decision.isEmpty()) {
            return "";
        }
        DecisionBlock first = decision.blocks().get(0);
        String text = first.clauses().isEmpty() ? first.formula() : "att " + first.clauses().get(0).text();
        int more = decision.clauseCount() - (first.clauses().isEmpty() ? 0 : 1);
        if (more > 0) {
            text = text + " (+" + more + " att-sats" + (more == 1 ? "" : "er") + ")";
        }
        return text.length() <= MAX_LENGTH ? text : text.substring(0, MAX_LENGTH - 1).strip() + "…";
    }
}
