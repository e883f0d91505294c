package se.paragraf.application.importing;

import java.util.List;

/**
 * Attendance from the cover page: deciding members (Beslutande, tjänstgörande ersättare),
 * non-deciding (Ej beslutande, ej tjänstgörande ersättare) and others present (officials).
 */
public record ParsedAttendance(List<ParsedAttendee> deciding, List<ParsedAttendee> nonDeciding,
                               List<String> othersPresent) {
    public static final ParsedAttendance NONE = new ParsedAttendance(List.of(), List.of(), List.of());

    public ParsedAttendance {
        deciding = List.copyOf(deciding);
        nonDeciding = List.copyOf(nonDeciding);
        othersPresent = List.copyOf(othersPresent);
    }

    public boolean isEmpty() {
        return deciding.isEmpty() && nonDeciding.isEmpty() && othersPresent.isEmpty();
    }
}
