package se.paragraf.application.delegation;

import java.time.LocalDate;
import java.util.List;
import se.paragraf.domain.delegation.DelegatedDecision;

/**
 * One delegate's decisions as a report attaches them: "Redovisning av beslut fattade på
 * delegation från Regionstyrelsen till Finansutskottet" (seed protocol § 133).
 */
public record DelegationList(String boardName, String delegate, LocalDate meetingDate, List<Line> lines) {
    public DelegationList {
        lines = List.copyOf(lines);
    }

    /** A decision with the matter kind of its rule, which the list prints beside the point number. */
    public record Line(DelegatedDecision decision, String matterKind) {
    }

    public String title() {
        return "Redovisning av beslut fattade på delegation från " + boardName + " till " + delegate;
    }

    /** The first and last decision day, e.g. "2025-04-02 – 2025-05-07". */
    public String period() {
        LocalDate first = lines.stream().map(l -> l.decision().decidedOn()).min(LocalDate::compareTo).orElse(meetingDate);
        LocalDate last = lines.stream().map(l -> l.decision().decidedOn()).max(LocalDate::compareTo).orElse(meetingDate);
        return first.equals(last) ? first.toString() : first + " – " + last;
    }
}
