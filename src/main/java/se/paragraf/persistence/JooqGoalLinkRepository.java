package se.paragraf.persistence;

import static se.paragraf.persistence.jooq.Tables.GOAL_LINK;

import java.util.Collection;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Record;
import se.paragraf.domain.assignment.DecisionRef;
import se.paragraf.domain.paragraph.ParagraphId;
import se.paragraf.domain.plan.GoalId;
import se.paragraf.domain.plan.GoalLink;
import se.paragraf.domain.plan.GoalLinkRepository;

final class JooqGoalLinkRepository implements GoalLinkRepository {
    private final DSLContext dsl;

    JooqGoalLinkRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void link(GoalLink link) {
        dsl.insertInto(GOAL_LINK)
                .set(GOAL_LINK.GOAL_ID, link.goal().value())
                .set(GOAL_LINK.PARAGRAPH_ID, link.decision().paragraph().value())
                .set(GOAL_LINK.BLOCK_INDEX, link.decision().block())
                .set(GOAL_LINK.CLAUSE_INDEX, link.decision().clause())
                .onConflictDoNothing()
                .execute();
    }

    @Override
    public void unlink(GoalLink link) {
        dsl.deleteFrom(GOAL_LINK).where(GOAL_LINK.GOAL_ID.eq(link.goal().value())
                .and(GOAL_LINK.PARAGRAPH_ID.eq(link.decision().paragraph().value()))
                .and(GOAL_LINK.BLOCK_INDEX.eq(link.decision().block()))
                .and(GOAL_LINK.CLAUSE_INDEX.eq(link.decision().clause()))).execute();
    }

    @Override
    public List<GoalLink> findByGoal(GoalId goal) {
        return dsl.select().from(GOAL_LINK).where(GOAL_LINK.GOAL_ID.eq(goal.value()))
                .orderBy(GOAL_LINK.PARAGRAPH_ID, GOAL_LINK.BLOCK_INDEX, GOAL_LINK.CLAUSE_INDEX).fetch(JooqGoalLinkRepository::toLink);
    }

    @Override
    public List<GoalLink> findByParagraph(ParagraphId paragraph) {
        return dsl.select().from(GOAL_LINK).where(GOAL_LINK.PARAGRAPH_ID.eq(paragraph.value()))
                .orderBy(GOAL_LINK.GOAL_ID, GOAL_LINK.BLOCK_INDEX, GOAL_LINK.CLAUSE_INDEX).fetch(JooqGoalLinkRepository::toLink);
    }

    @Override
    public List<GoalLink> findAll() {
        return dsl.select().from(GOAL_LINK).orderBy(GOAL_LINK.PARAGRAPH_ID, GOAL_LINK.GOAL_ID)
                .fetch(JooqGoalLinkRepository::toLink);
    }

    @Override
    public List<GoalLink> findByGoals(Collection<GoalId> goals) {
        if (goals.isEmpty()) {
            return List.of();
        }
        return dsl.select().from(GOAL_LINK).where(GOAL_LINK.GOAL_ID.in(goals.stream().map(GoalId::value).toList()))
                .orderBy(GOAL_LINK.GOAL_ID, GOAL_LINK.PARAGRAPH_ID).fetch(JooqGoalLinkRepository::toLink);
    }

    private static GoalLink toLink(Record r) {
        return new GoalLink(new GoalId(r.get(GOAL_LINK.GOAL_ID)), new DecisionRef(new ParagraphId(r.get(GOAL_LINK.PARAGRAPH_ID)),
                r.get(GOAL_LINK.BLOCK_INDEX), r.get(GOAL_LINK.CLAUSE_INDEX)));
    }
}
