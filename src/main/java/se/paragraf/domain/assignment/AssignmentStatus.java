package se.paragraf.domain.assignment;

/** Where an assignment stands; always derived by {@link Assignment#status}, never stored. */
public enum AssignmentStatus {
    OPEN, DUE_SOON, OVERDUE, EXTENDED, REPORTED, CLOSED;

    /** Still to be watched: everything but a closed assignment. */
    public boolean isWatched() {
        return this != CLOSED;
    }
}
