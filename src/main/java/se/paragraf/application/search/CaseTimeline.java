package se.paragraf.application.search;

import java.util.List;
import se.paragraf.domain.matter.CaseNumber;

/** Every paragraph about one case across all boards and years, oldest first. */
public record CaseTimeline(CaseNumber caseNumber, List<CaseTimelineEntry> entries) {
    public CaseTimeline {
        entries = List.copyOf(entries);
    }

    /** Every entry as the public may see it ({@link CaseTimelineEntry#publicView}). */
    public CaseTimeline publicView() {
        return new CaseTimeline(caseNumber, entries.stream().map(CaseTimelineEntry::publicView).toList());
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }
}
