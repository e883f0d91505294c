package se.paragraf.domain.delegation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import se.paragraf.domain.board.BoardId;
import se.paragraf.domain.meeting.MeetingId;

/** Schemes with their rules, the holders of roles, and the register of delegated decisions. */
public interface DelegationRepository {
    DelegationSchemeId nextSchemeId();

    /** Inserts or replaces the version with its rules. */
    void save(DelegationScheme scheme);

    Optional<DelegationScheme> findScheme(DelegationSchemeId id);

    void deleteScheme(DelegationSchemeId id);

    SchemeHistory historyOf(BoardId board);

    List<RoleHolding> roleHoldings();

    void saveRoleHolding(RoleHolding holding);

    void removeRoleHolding(RoleHolding holding);

    DelegatedDecisionId nextDecisionId();

    void save(DelegatedDecision decision);

    /** Inserts many new decisions at once (a CSV import). */
    void insertAll(List<DelegatedDecision> decisions);

    Optional<DelegatedDecision> findDecision(DelegatedDecisionId id);

    void delete(DelegatedDecisionId id);

    /** The board's register in decision date order. */
    List<DelegatedDecision> decisionsOf(BoardId board);

    /** The decisions a meeting's report holds, reported or not. */
    List<DelegatedDecision> decisionsIn(MeetingId meeting);

    /**
     * Marks the decisions the meeting's report holds and that are not yet reported as reported on
     * {@code adjustedOn}; returns how many.
     */
    int markReported(MeetingId meeting, LocalDate adjustedOn);
}
