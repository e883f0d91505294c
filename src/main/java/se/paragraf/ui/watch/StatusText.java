package se.paragraf.ui.watch;

import se.paragraf.domain.assignment.AssignmentStatus;
import se.paragraf.ui.Messages;

/** The Swedish word for an assignment's status, and the style class that colours it. */
public final class StatusText {
    private StatusText() {
    }

    public static String of(AssignmentStatus status) {
        return switch (status) {
            case OPEN -> Messages.get("assignment.status.open");
            case DUE_SOON -> Messages.get("assignment.status.dueSoon");
            case OVERDUE -> Messages.get("assignment.status.overdue");
            case EXTENDED -> Messages.get("assignment.status.extended");
            case REPORTED -> Messages.get("assignment.status.reported");
            case CLOSED -> Messages.get("assignment.status.closed");
        };
    }

    public static String styleClass(AssignmentStatus status) {
        return "assignment-" + status.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
