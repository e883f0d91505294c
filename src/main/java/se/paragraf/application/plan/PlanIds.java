package se.paragraf.application.plan;

import se.paragraf.application.UnitOfWork;
import se.paragraf.domain.plan.GoalId;
import se.paragraf.domain.plan.IndicatorId;

/** Allocates ids for goals and indicators that the plan editor adds before it saves the plan. */
public final class PlanIds {
    private final UnitOfWork unitOfWork;

    PlanIds(UnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    public GoalId goal() {
        return unitOfWork.transaction(r -> r.plans().nextGoalId());
    }

    public IndicatorId indicator() {
        return unitOfWork.transaction(r -> r.plans().nextIndicatorId());
    }
}
