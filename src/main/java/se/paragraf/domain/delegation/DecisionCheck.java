package se.paragraf.domain.delegation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import se.paragraf.domain.meeting.Meeting;

/**
 * The register's checks of one decision against the scheme valid on its day (versions, KL 6 kap.
 * 37-38 §§), the holders of roles, and the duty to report an ordförandebeslut at the next
 * meeting (6 kap. 39 §). {@code boardMeetings} are the board's meetings in any order.
 */
public final class DecisionCheck {
    private final SchemeHistory schemes;
    private final List<RoleHolding> holdings;
    private final List<Meeting> boardMeetings;
    private final LocalDate today;

    public DecisionCheck(SchemeHistory schemes, List<RoleHolding> holdings, List<Meeting> boardMeetings, LocalDate today) {
        this.schemes = schemes;
        this.holdings = List.copyOf(holdings);
        this.boardMeetings = boardMeetings.stream().sorted(Comparator.comparing(Meeting::date)).toList();
        this.today = today;
    }

    public List<DecisionFinding> findings(DelegatedDecision d) {
        List<DecisionFinding> found = new ArrayList<>();
        Optional<DelegationScheme> scheme = schemes.validOn(d.decidedOn());
        Optional<DelegationRule> rule = scheme.flatMap(s -> s.rule(d.ruleCode()));
        if (scheme.isEmpty()) {
            found.add(new DecisionFinding(DecisionFlag.RULE_NOT_VALID, "Organet hade ingen delegationsordning den "
                    + d.decidedOn() + ", så punkt " + d.ruleCode() + " gällde inte."));
        } else if (rule.isEmpty()) {
            found.add(new DecisionFinding(DecisionFlag.RULE_NOT_VALID, "Punkt " + d.ruleCode()
                    + " fanns inte i delegationsordningen som gällde " + d.decidedOn() + " (version "
                    + scheme.get().version() + ", från " + scheme.get().validFrom() + ")."));
        }
        rule.ifPresent(r -> ruleFindings(d, r, found));
        if (d.urgent()) {
            urgentFindings(d, found);
        }
        return found;
    }

    private void ruleFindings(DelegatedDecision d, DelegationRule rule, List<DecisionFinding> found) {
        if (!rule.admits(d.role())) {
            found.add(new DecisionFinding(DecisionFlag.NOT_THE_DELEGATE, "Punkt " + rule.code() + " delegerar till "
                    + rule.delegate().name() + rule.substituteRole().map(s -> " (ersättare " + s + ")").orElse("")
                    + ", inte till " + d.role() + "."));
        }
        // An utskott decides as a body; the person entered is who signed for it, not a role holder.
        if (rule.delegate().kind() != DelegateKind.COMMITTEE && rule.admits(d.role()) && !heldRole(d)) {
            found.add(new DecisionFinding(DecisionFlag.NOT_HOLDING_ROLE, d.person() + " var inte " + d.role()
                    + " den " + d.decidedOn() + " enligt förteckningen över befattningshavare."));
        }
        if (rule.isFlaggedNonDelegable()) {
            found.add(new DecisionFinding(DecisionFlag.NON_DELEGABLE_MATTER,
                    rule.nonDelegableFindings().get(0).explanation()));
        }
        if (!rule.mustReport() && !d.urgent()) {
            found.add(new DecisionFinding(DecisionFlag.NOT_REPORTED_TO_BOARD, "Enligt punkt " + rule.code()
                    + " anmäls beslutet inte till nämnden (6 kap. 40 § KL)"
                    + (d.appealable() ? "; det kan överklagas och ska därför protokollföras särskilt." : ".")));
        }
    }

    /**
     * Only a role the register knows holders of can be checked: an archive without officials
     * entered would otherwise flag every decision. The chair comes from the board's memberships.
     */
    private boolean heldRole(DelegatedDecision d) {
        boolean checkable = holdings.stream().anyMatch(h -> Delegate.RoleName.same(h.role(), d.role()));
        return !checkable || holdings.stream().anyMatch(h -> h.covers(d.role(), d.person(), d.decidedOn()));
    }

    private void urgentFindings(DelegatedDecision d, List<DecisionFinding> found) {
        Optional<Meeting> next = boardMeetings.stream().filter(m -> m.date().isAfter(d.decidedOn())).findFirst();
        boolean overdue = next.isPresent() && next.get().date().isBefore(today)
                && !next.get().id().equals(d.reportMeeting());
        if (overdue) {
            found.add(new DecisionFinding(DecisionFlag.URGENT_OVERDUE, "Ordförandebeslutet skulle ha anmälts vid "
                    + "nämndens nästa sammanträde " + next.get().date() + " (6 kap. 39 § KL). Anmäl det snarast."));
        } else {
            found.add(new DecisionFinding(DecisionFlag.URGENT, "Ordförandebeslut i brådskande ärende (6 kap. 39 § KL): "
                    + "anmäls vid nämndens nästa sammanträde"
                    + next.map(m -> " " + m.date()).orElse("") + "."));
        }
    }
}
