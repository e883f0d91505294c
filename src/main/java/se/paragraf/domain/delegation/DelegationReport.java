package se.paragraf.domain.delegation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.paragraf.domain.meeting.Meeting;
import se.paragraf.domain.shared.Require;

/**
 * What a meeting's "Anmälan av delegationsbeslut" holds (KL 6 kap. 40 §, and 6 kap. 39 § for
 * ordförandebeslut). The set, so that nothing is reported twice and nothing is left out:
 * every decision of the board that is not yet reported, taken on or before the meeting day, and
 * not held by another meeting's report that awaits justering; of those, the ones the scheme
 * says are reported, every ordförandebeslut, and those under a rule the scheme lacks (reporting a
 * doubtful decision is better than hiding it). A decision registered after the report was
 * compiled is not in the protocol, so it waits for the next meeting; compiling again before
 * justering takes it in. Decisions in {@link #heldElsewhere} belong to another meeting's report.
 */
public record DelegationReport(Meeting meeting, List<DelegatedDecision> included, List<DelegatedDecision> heldElsewhere,
                               SchemeHistory schemes) {
    public static final String TITLE = "Anmälan av delegationsbeslut";

    public DelegationReport {
        Require.present(meeting, "Sammanträde");
        included = List.copyOf(included);
        heldElsewhere = List.copyOf(heldElsewhere);
        Require.present(schemes, "Delegationsordning");
    }

    public static DelegationReport forMeeting(Meeting meeting, List<DelegatedDecision> boardDecisions,
                                              SchemeHistory schemes) {
        List<DelegatedDecision> included = new ArrayList<>();
        List<DelegatedDecision> elsewhere = new ArrayList<>();
        for (DelegatedDecision d : boardDecisions) {
            if (d.isReported() || !d.board().equals(meeting.board()) || d.decidedOn().isAfter(meeting.date())) {
                continue;
            }
            if (d.isClaimed() && !d.reportMeeting().equals(meeting.id())) {
                elsewhere.add(d);
            } else if (reportable(d, schemes)) {
                included.add(d);
            }
        }
        included.sort(Comparator.comparing(DelegatedDecision::decidedOn).thenComparing(d -> d.id().value()));
        return new DelegationReport(meeting, included, elsewhere, schemes);
    }

    private static boolean reportable(DelegatedDecision d, SchemeHistory schemes) {
        Optional<DelegationRule> rule = schemes.ruleOn(d.ruleCode(), d.decidedOn());
        return d.urgent() || rule.isEmpty() || rule.get().mustReport();
    }

    /** By rule in code order, then by delegate; within a group by date. */
    public List<ReportGroup> groups() {
        Map<List<String>, List<DelegatedDecision>> byRuleAndRole = new LinkedHashMap<>();
        included.stream()
                .sorted(Comparator.comparing(DelegatedDecision::ruleCode, DelegationScheme.CODE_ORDER)
                        .thenComparing(DelegatedDecision::role)
                        .thenComparing(DelegatedDecision::decidedOn))
                .forEach(d -> byRuleAndRole.computeIfAbsent(List.of(d.ruleCode(), d.role()), k -> new ArrayList<>()).add(d));
        List<ReportGroup> groups = new ArrayList<>();
        byRuleAndRole.forEach((key, decisions) -> groups.add(new ReportGroup(key.get(0),
                matterKind(decisions.get(0)), key.get(1), decisions)));
        return groups;
    }

    /** One list per delegate, as the lists sent in by each delegate are attached. */
    public Map<String, List<DelegatedDecision>> byDelegate() {
        Map<String, List<DelegatedDecision>> lists = new LinkedHashMap<>();
        groups().stream().sorted(Comparator.comparing(ReportGroup::delegate))
                .forEach(g -> lists.computeIfAbsent(g.delegate(), k -> new ArrayList<>()).addAll(g.decisions()));
        return lists;
    }

    public List<DelegatedDecision> urgent() {
        return included.stream().filter(DelegatedDecision::urgent).toList();
    }

    public boolean isEmpty() {
        return included.isEmpty();
    }

    private String matterKind(DelegatedDecision d) {
        return schemes.ruleOn(d.ruleCode(), d.decidedOn()).map(DelegationRule::matterKind)
                .orElse("(punkten saknas i delegationsordningen)");
    }
}
