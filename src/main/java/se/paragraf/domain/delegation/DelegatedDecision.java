package se.paragraf.domain.delegation;

import java.time.LocalDate;
import java.util.Optional;
import se.paragraf.domain.board.BoardId;
import se.paragraf.domain.matter.CaseNumber;
import se.paragraf.domain.meeting.MeetingId;
import se.paragraf.domain.shared.DomainException;
import se.paragraf.domain.shared.Require;

/**
 * A delegationsbeslut in the register: taken on {@code board}'s behalf under rule
 * {@code ruleCode} by {@code person} in {@code role}. {@code urgent} marks an ordförandebeslut in
 * a matter that could not wait (KL 6 kap. 39 §), which must be reported at the board's next
 * meeting. {@code reportMeeting} is the meeting whose "Anmälan av delegationsbeslut" holds the
 * decision; {@code reportedOn} is set when that protocol is justerat and is the day the appeal
 * period starts for members of the municipality (KL 13 kap. 5 §, via the anslag of the protocol).
 */
public record DelegatedDecision(DelegatedDecisionId id, BoardId board, String ruleCode, String person, String role,
                                LocalDate decidedOn, CaseNumber caseNumber, String description, boolean appealable,
                                boolean urgent, MeetingId reportMeeting, LocalDate reportedOn) {
    public DelegatedDecision {
        Require.present(id, "Beslutets id");
        Require.present(board, "Organ");
        ruleCode = Require.text(ruleCode, "Delegationspunkt");
        person = Require.text(person, "Beslutsfattare");
        role = Require.text(role, "Roll");
        Require.present(decidedOn, "Beslutsdatum");
        description = Require.text(description, "Beskrivning");
        if (reportedOn != null && reportMeeting == null) {
            throw new DomainException("Ett anmält beslut måste ha ett sammanträde där det anmäldes.");
        }
        if (reportedOn != null && reportedOn.isBefore(decidedOn)) {
            throw new DomainException("Beslutet kan inte anmälas " + reportedOn + ", före beslutsdagen " + decidedOn + ".");
        }
    }

    /** A new, unreported entry. */
    public static DelegatedDecision register(DelegatedDecisionId id, BoardId board, String ruleCode, String person,
                                             String role, LocalDate decidedOn, CaseNumber caseNumber,
                                             String description, boolean appealable, boolean urgent) {
        return new DelegatedDecision(id, board, ruleCode, person, role, decidedOn, caseNumber, description, appealable,
                urgent, null, null);
    }

    public Optional<CaseNumber> caseNumberIfAny() {
        return Optional.ofNullable(caseNumber);
    }

    public boolean isReported() {
        return reportedOn != null;
    }

    /** Included in a report that is not yet justerat. */
    public boolean isPendingIn(MeetingId meeting) {
        return !isReported() && meeting.equals(reportMeeting);
    }

    public boolean isClaimed() {
        return reportMeeting != null;
    }

    /** Held by the report of {@code meeting} until its protocol is justerat. */
    public DelegatedDecision includedIn(MeetingId meeting) {
        if (isReported()) {
            throw new DomainException("Beslutet anmäldes redan " + reportedOn + " och anmäls inte igen.");
        }
        return new DelegatedDecision(id, board, ruleCode, person, role, decidedOn, caseNumber, description, appealable,
                urgent, Require.present(meeting, "Sammanträde"), null);
    }

    /** No longer in any report (its paragraph was removed before justering). */
    public DelegatedDecision released() {
        if (isReported()) {
            throw new DomainException("Beslutet anmäldes " + reportedOn + " och kan inte tas ur anmälan.");
        }
        return new DelegatedDecision(id, board, ruleCode, person, role, decidedOn, caseNumber, description, appealable,
                urgent, null, null);
    }

    public DelegatedDecision reported(LocalDate adjustedOn) {
        if (reportMeeting == null) {
            throw new DomainException("Beslutet ingår inte i någon anmälan och kan inte markeras som anmält.");
        }
        if (isReported()) {
            throw new DomainException("Beslutet anmäldes redan " + reportedOn + ".");
        }
        return new DelegatedDecision(id, board, ruleCode, person, role, decidedOn, caseNumber, description, appealable,
                urgent, reportMeeting, Require.present(adjustedOn, "Justeringsdag"));
    }

    /** The register's fields changed; the report state stays. */
    public DelegatedDecision amend(String newRuleCode, String newPerson, String newRole, LocalDate newDecidedOn,
                                   CaseNumber newCaseNumber, String newDescription, boolean newAppealable,
                                   boolean newUrgent) {
        if (isReported()) {
            throw new DomainException("Beslutet anmäldes " + reportedOn + " och kan inte längre ändras.");
        }
        return new DelegatedDecision(id, board, newRuleCode, newPerson, newRole, newDecidedOn, newCaseNumber,
                newDescription, newAppealable, newUrgent, reportMeeting, null);
    }
}
