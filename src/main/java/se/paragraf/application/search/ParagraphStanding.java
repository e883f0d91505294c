package se.paragraf.application.search;

import java.util.List;

/**
 * What the archive records around a paragraph that the search filters ask about: whether it is
 * justerat (its protocol, or the § itself by omedelbar justering), whether an uppdrag is given,
 * extended or reported back on by it, and the titles of the goals its decision or clauses serve.
 */
public record ParagraphStanding(boolean adjusted, boolean hasAssignments, List<String> goals) {
    /** A paragraph just imported into a new meeting: nothing justerat, given or linked yet. */
    public static final ParagraphStanding NONE = new ParagraphStanding(false, false, List.of());

    public ParagraphStanding {
        goals = List.copyOf(goals);
    }
}
