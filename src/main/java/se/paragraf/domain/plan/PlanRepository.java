package se.paragraf.domain.plan;

import java.util.List;
import java.util.Optional;
import se.paragraf.domain.board.BoardId;

public interface PlanRepository {
    PlanId nextId();

    GoalId nextGoalId();

    IndicatorId nextIndicatorId();

    /** Inserts or replaces the plan; goals keep their rows (and links) when their id stays. */
    void save(OperationalPlan plan);

    Optional<OperationalPlan> findById(PlanId id);

    /** Every plan, by board and then newest period first. */
    List<OperationalPlan> findAll();

    List<OperationalPlan> findByBoard(BoardId board);

    /** The plan holding the goal, area or sub-goal. */
    Optional<OperationalPlan> findByGoal(GoalId goal);

    void delete(PlanId id);
}
