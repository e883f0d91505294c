package se.paragraf.application.search;

import java.util.List;
import se.paragraf.domain.matter.CaseNumber;

/** Every paragraph about one case across all boards and years, oldest first. */
public record CaseTimeline(CaseNumber caseNumber, List<CaseTimelineEntry> entries) {
    public CaseTimeline {
        entries = List.copyOf(entries);
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }
}
