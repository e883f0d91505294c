package se.paragraf.application.search;

import java.util.List;
import java.util.function.UnaryOperator;
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

    /** Every entry through {@code text} ({@link CaseTimelineEntry#mapText}). */
    public CaseTimeline mapText(UnaryOperator<String> text) {
        return new CaseTimeline(caseNumber, entries.stream().map(e -> e.mapText(text)).toList());
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }
}
