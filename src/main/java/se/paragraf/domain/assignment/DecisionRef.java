package se.paragraf.domain.assignment;

import se.paragraf.domain.paragraph.ParagraphId;
import se.paragraf.domain.shared.DomainException;
import se.paragraf.domain.shared.Require;

/**
 * A decision, or one att-sats of it: the paragraph, the decision block and the clause within it
 * (both {@link #WHOLE} when the whole decision is meant).
 */
public record DecisionRef(ParagraphId paragraph, int block, int clause) {
    public static final int WHOLE = -1;

    public DecisionRef {
        Require.present(paragraph, "Paragraf");
        if ((block == WHOLE) != (clause == WHOLE) || block < WHOLE || clause < WHOLE) {
            throw new DomainException("Hänvisningen till beslutet pekar inte på en att-sats.");
        }
    }

    public static DecisionRef whole(ParagraphId paragraph) {
        return new DecisionRef(paragraph, WHOLE, WHOLE);
    }

    public static DecisionRef clause(ParagraphId paragraph, int block, int clause) {
        return new DecisionRef(paragraph, block, clause);
    }

    public boolean isWholeDecision() {
        return block == WHOLE;
    }
}
