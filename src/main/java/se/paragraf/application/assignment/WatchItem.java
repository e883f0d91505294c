package se.paragraf.application.assignment;

import se.paragraf.domain.assignment.Assignment;
import se.paragraf.domain.assignment.AssignmentStatus;

/**
 * A line of the bevakningslista (and of the report): the assignment, its status today, the
 * board that gave it and the paragraph it was given in ("§ 98, 2025-05-20").
 */
public record WatchItem(Assignment assignment, AssignmentStatus status, String boardName, String origin,
                        String originTitle) {
    public boolean overdue() {
        return status == AssignmentStatus.OVERDUE;
    }
}
