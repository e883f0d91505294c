package se.paragraf.application.search;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import se.paragraf.application.Repositories;
import se.paragraf.domain.adjustment.MinutesLifecycle;
import se.paragraf.domain.assignment.Assignment;
import se.paragraf.domain.assignment.Extension;
import se.paragraf.domain.assignment.ReportBack;
import se.paragraf.domain.meeting.MeetingId;
import se.paragraf.domain.paragraph.Paragraph;
import se.paragraf.domain.paragraph.ParagraphId;
import se.paragraf.domain.plan.GoalId;
import se.paragraf.domain.plan.GoalLink;
import se.paragraf.domain.plan.OperationalPlan;

/**
 * The standing of many paragraphs, read with a few queries: for a rebuild the whole archive at
 * once (one query per kind, so 100,000 paragraphs cost no more than a handful), for a save only
 * what concerns the paragraph. Both answer through {@link #of}, so the rule is written once.
 */
final class ParagraphStandings {
    private final Set<MeetingId> lockedMeetings;
    private final Set<ParagraphId> adjustedParagraphs;
    private final Set<ParagraphId> withAssignments;
    private final Map<ParagraphId, Set<String>> goals;

    private ParagraphStandings(Set<MeetingId> lockedMeetings, Set<ParagraphId> adjustedParagraphs,
                               Set<ParagraphId> withAssignments, Map<ParagraphId, Set<String>> goals) {
        this.lockedMeetings = lockedMeetings;
        this.adjustedParagraphs = adjustedParagraphs;
        this.withAssignments = withAssignments;
        this.goals = goals;
    }

    static ParagraphStandings all(Repositories r) {
        Map<GoalId, String> titles = new HashMap<>();
        for (OperationalPlan plan : r.plans().findAll()) {
            plan.nodes().forEach(n -> titles.put(n.id(), n.title()));
        }
        return new ParagraphStandings(r.lifecycles().findLocked(), r.paragraphAdjustments().findAdjustedParagraphs(),
                assigned(r.assignments().findAll()), goals(r.goalLinks().findAll(), titles));
    }

    static ParagraphStandings of(Repositories r, Paragraph paragraph) {
        List<GoalLink> links = r.goalLinks().findByParagraph(paragraph.id());
        Map<GoalId, String> titles = new HashMap<>();
        for (GoalLink link : links) {
            if (!titles.containsKey(link.goal())) {
                r.plans().findByGoal(link.goal()).flatMap(p -> p.node(link.goal()))
                        .ifPresent(n -> titles.put(n.id(), n.title()));
            }
        }
        return new ParagraphStandings(locked(r, paragraph.meeting()), adjusted(r, paragraph.id()),
                assigned(r.assignments().findByParagraph(paragraph.id())), goals(links, titles));
    }

    /** Justerat or not, for the case timeline, which reads headings rather than paragraphs. */
    static boolean adjusted(Repositories r, ParagraphId paragraph, MeetingId meeting) {
        return new ParagraphStandings(locked(r, meeting), adjusted(r, paragraph), Set.of(), Map.of())
                .adjusted(paragraph, meeting);
    }

    ParagraphStanding of(Paragraph paragraph) {
        return new ParagraphStanding(adjusted(paragraph.id(), paragraph.meeting()),
                withAssignments.contains(paragraph.id()), List.copyOf(goals.getOrDefault(paragraph.id(), Set.of())));
    }

    private boolean adjusted(ParagraphId paragraph, MeetingId meeting) {
        return lockedMeetings.contains(meeting) || adjustedParagraphs.contains(paragraph);
    }

    private static Set<MeetingId> locked(Repositories r, MeetingId meeting) {
        return r.lifecycles().find(meeting).filter(MinutesLifecycle::isLocked).map(l -> Set.of(meeting)).orElse(Set.of());
    }

    private static Set<ParagraphId> adjusted(Repositories r, ParagraphId paragraph) {
        return r.paragraphAdjustments().find(paragraph).map(a -> Set.of(paragraph)).orElse(Set.of());
    }

    /** Given, extended or reported back on by the paragraph: each is an uppdrag linked to it. */
    private static Set<ParagraphId> assigned(Collection<Assignment> assignments) {
        Set<ParagraphId> paragraphs = new HashSet<>();
        for (Assignment a : assignments) {
            paragraphs.add(a.origin().paragraph());
            a.extensions().stream().map(Extension::paragraph).forEach(paragraphs::add);
            a.reports().stream().map(ReportBack::paragraph).forEach(paragraphs::add);
        }
        return paragraphs;
    }

    /** Titles, as the goal filter takes them; a goal linked through several clauses counts once. */
    private static Map<ParagraphId, Set<String>> goals(List<GoalLink> links, Map<GoalId, String> titles) {
        Map<ParagraphId, Set<String>> goals = new HashMap<>();
        for (GoalLink link : links) {
            String title = titles.get(link.goal());
            if (title != null) {
                goals.computeIfAbsent(link.decision().paragraph(), p -> new TreeSet<>()).add(title);
            }
        }
        return goals;
    }
}
