package se.paragraf.persistence;

import static se.paragraf.persistence.jooq.Sequences.PLAN_GOAL_SEQ;
import static se.paragraf.persistence.jooq.Sequences.PLAN_INDICATOR_SEQ;
import static se.paragraf.persistence.jooq.Sequences.PLAN_SEQ;
import static se.paragraf.persistence.jooq.Tables.OPERATIONAL_PLAN;
import static se.paragraf.persistence.jooq.Tables.PLAN_ASSIGNMENT;
import static se.paragraf.persistence.jooq.Tables.PLAN_GOAL;
import static se.paragraf.persistence.jooq.Tables.PLAN_INDICATOR;
import static se.paragraf.persistence.jooq.Tables.PLAN_INDICATOR_VALUE;

import java.time.Month;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Result;
import se.paragraf.domain.assignment.Due;
import se.paragraf.domain.board.BoardId;
import se.paragraf.domain.plan.Goal;
import se.paragraf.domain.plan.GoalArea;
import se.paragraf.domain.plan.GoalId;
import se.paragraf.domain.plan.Indicator;
import se.paragraf.domain.plan.IndicatorId;
import se.paragraf.domain.plan.IndicatorKind;
import se.paragraf.domain.plan.IndicatorValue;
import se.paragraf.domain.plan.OperationalPlan;
import se.paragraf.domain.plan.Period;
import se.paragraf.domain.plan.PlanAssignment;
import se.paragraf.domain.plan.PlanId;
import se.paragraf.domain.plan.PlanRepository;
import se.paragraf.domain.plan.SubGoal;
import se.paragraf.domain.plan.ValueKind;
import se.paragraf.persistence.jooq.tables.records.OperationalPlanRecord;
import se.paragraf.persistence.jooq.tables.records.PlanGoalRecord;

/**
 * Plans are saved as a whole, but goal rows are updated in place and only removed goals deleted,
 * because decisions link to goals by id (goal_link cascades with the goal).
 */
final class JooqPlanRepository implements PlanRepository {
    private static final String DIRECTED_TO_SEPARATOR = "\n";
    private final DSLContext dsl;

    JooqPlanRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public PlanId nextId() {
        return new PlanId(dsl.nextval(PLAN_SEQ));
    }

    @Override
    public GoalId nextGoalId() {
        return new GoalId(dsl.nextval(PLAN_GOAL_SEQ));
    }

    @Override
    public IndicatorId nextIndicatorId() {
        return new IndicatorId(dsl.nextval(PLAN_INDICATOR_SEQ));
    }

    @Override
    public void save(OperationalPlan plan) {
        long planId = plan.id().value();
        OperationalPlanRecord row = dsl.newRecord(OPERATIONAL_PLAN);
        row.setId(planId);
        row.setBoardId(plan.board().value());
        row.setTitle(plan.title());
        row.setFirstYear(plan.period().firstYear());
        row.setLastYear(plan.period().lastYear());
        row.setFollowUpMonths(plan.followUpMonths().stream().map(m -> Integer.toString(m.getValue()))
                .collect(Collectors.joining(",")));
        Upsert.byId(dsl, row, OPERATIONAL_PLAN.ID);

        Set<Long> kept = plan.nodes().stream().map(n -> n.id().value()).collect(Collectors.toSet());
        List<Long> existing = dsl.select(PLAN_GOAL.ID).from(PLAN_GOAL).where(PLAN_GOAL.PLAN_ID.eq(planId)).fetch(PLAN_GOAL.ID);
        List<Long> removed = existing.stream().filter(id -> !kept.contains(id)).toList();
        if (!removed.isEmpty()) {
            dsl.deleteFrom(PLAN_GOAL).where(PLAN_GOAL.ID.in(removed)).execute();
        }
        if (!existing.isEmpty()) {
            dsl.deleteFrom(PLAN_INDICATOR).where(PLAN_INDICATOR.GOAL_ID.in(existing)).execute();
        }
        for (int a = 0; a < plan.areas().size(); a++) {
            GoalArea area = plan.areas().get(a);
            writeGoal(planId, null, "AREA", a, area.id(), area.code(), area.title(), null);
            for (int g = 0; g < area.goals().size(); g++) {
                Goal goal = area.goals().get(g);
                writeGoal(planId, area.id(), "GOAL", g, goal.id(), goal.code(), goal.title(), goal.description());
                writeIndicators(goal.id(), goal.indicators());
                for (int s = 0; s < goal.subGoals().size(); s++) {
                    SubGoal sub = goal.subGoals().get(s);
                    writeGoal(planId, goal.id(), "SUB_GOAL", s, sub.id(), sub.code(), sub.title(), null);
                    writeIndicators(sub.id(), sub.indicators());
                }
            }
        }

        dsl.deleteFrom(PLAN_ASSIGNMENT).where(PLAN_ASSIGNMENT.PLAN_ID.eq(planId)).execute();
        for (int i = 0; i < plan.assignments().size(); i++) {
            PlanAssignment assignment = plan.assignments().get(i);
            dsl.insertInto(PLAN_ASSIGNMENT)
                    .set(PLAN_ASSIGNMENT.PLAN_ID, planId)
                    .set(PLAN_ASSIGNMENT.ORDINAL, i)
                    .set(PLAN_ASSIGNMENT.GIVEN_BY, assignment.givenBy())
                    .set(PLAN_ASSIGNMENT.TASK, assignment.task())
                    .set(PLAN_ASSIGNMENT.DIRECTED_TO, String.join(DIRECTED_TO_SEPARATOR, assignment.directedTo()))
                    .set(PLAN_ASSIGNMENT.DUE_DATE, assignment.due().date())
                    .set(PLAN_ASSIGNMENT.DUE_TEXT, assignment.due().text())
                    .execute();
        }
    }

    private void writeGoal(long planId, GoalId parent, String level, int ordinal, GoalId id, String code, String title,
                           String description) {
        PlanGoalRecord row = dsl.newRecord(PLAN_GOAL);
        row.setId(id.value());
        row.setPlanId(planId);
        row.setParentId(parent == null ? null : parent.value());
        row.setLevel(level);
        row.setOrdinal(ordinal);
        row.setCode(code);
        row.setTitle(title);
        row.setDescription(description);
        Upsert.byId(dsl, row, PLAN_GOAL.ID);
    }

    private void writeIndicators(GoalId goal, List<Indicator> indicators) {
        for (int i = 0; i < indicators.size(); i++) {
            Indicator indicator = indicators.get(i);
            dsl.insertInto(PLAN_INDICATOR)
                    .set(PLAN_INDICATOR.ID, indicator.id().value())
                    .set(PLAN_INDICATOR.GOAL_ID, goal.value())
                    .set(PLAN_INDICATOR.ORDINAL, i)
                    .set(PLAN_INDICATOR.NAME, indicator.name())
                    .set(PLAN_INDICATOR.KIND, indicator.kind().name())
                    .set(PLAN_INDICATOR.UNIT, indicator.unit())
                    .execute();
            for (int v = 0; v < indicator.values().size(); v++) {
                IndicatorValue value = indicator.values().get(v);
                dsl.insertInto(PLAN_INDICATOR_VALUE)
                        .set(PLAN_INDICATOR_VALUE.INDICATOR_ID, indicator.id().value())
                        .set(PLAN_INDICATOR_VALUE.ORDINAL, v)
                        .set(PLAN_INDICATOR_VALUE.YEAR, value.year())
                        .set(PLAN_INDICATOR_VALUE.VALUE_KIND, value.kind().name())
                        .set(PLAN_INDICATOR_VALUE.VALUE_TEXT, value.text())
                        .execute();
            }
        }
    }

    @Override
    public Optional<OperationalPlan> findById(PlanId id) {
        return dsl.selectFrom(OPERATIONAL_PLAN).where(OPERATIONAL_PLAN.ID.eq(id.value())).fetchOptional().map(this::toPlan);
    }

    @Override
    public List<OperationalPlan> findAll() {
        return dsl.selectFrom(OPERATIONAL_PLAN)
                .orderBy(OPERATIONAL_PLAN.BOARD_ID, OPERATIONAL_PLAN.FIRST_YEAR.desc(), OPERATIONAL_PLAN.ID)
                .fetch().map(this::toPlan);
    }

    @Override
    public List<OperationalPlan> findByBoard(BoardId board) {
        return dsl.selectFrom(OPERATIONAL_PLAN).where(OPERATIONAL_PLAN.BOARD_ID.eq(board.value()))
                .orderBy(OPERATIONAL_PLAN.FIRST_YEAR.desc(), OPERATIONAL_PLAN.ID)
                .fetch().map(this::toPlan);
    }

    @Override
    public Optional<OperationalPlan> findByGoal(GoalId goal) {
        return dsl.select(PLAN_GOAL.PLAN_ID).from(PLAN_GOAL).where(PLAN_GOAL.ID.eq(goal.value())).fetchOptional(PLAN_GOAL.PLAN_ID)
                .flatMap(planId -> findById(new PlanId(planId)));
    }

    @Override
    public void delete(PlanId id) {
        dsl.deleteFrom(OPERATIONAL_PLAN).where(OPERATIONAL_PLAN.ID.eq(id.value())).execute();
    }

    private OperationalPlan toPlan(OperationalPlanRecord row) {
        long planId = row.getId();
        Result<PlanGoalRecord> goals = dsl.selectFrom(PLAN_GOAL).where(PLAN_GOAL.PLAN_ID.eq(planId))
                .orderBy(PLAN_GOAL.ORDINAL).fetch();
        Map<Long, List<Indicator>> indicators = indicatorsOf(goals.getValues(PLAN_GOAL.ID));
        Map<Long, List<PlanGoalRecord>> children = goals.stream().filter(g -> g.getParentId() != null)
                .collect(Collectors.groupingBy(PlanGoalRecord::getParentId));
        List<GoalArea> areas = goals.stream().filter(g -> g.getParentId() == null)
                .map(a -> new GoalArea(new GoalId(a.getId()), a.getCode(), a.getTitle(),
                        children.getOrDefault(a.getId(), List.of()).stream()
                                .map(g -> new Goal(new GoalId(g.getId()), g.getCode(), g.getTitle(), g.getDescription(),
                                        children.getOrDefault(g.getId(), List.of()).stream()
                                                .map(s -> new SubGoal(new GoalId(s.getId()), s.getCode(), s.getTitle(),
                                                        indicators.getOrDefault(s.getId(), List.of())))
                                                .toList(),
                                        indicators.getOrDefault(g.getId(), List.of())))
                                .toList()))
                .toList();
        List<PlanAssignment> assignments = dsl.selectFrom(PLAN_ASSIGNMENT).where(PLAN_ASSIGNMENT.PLAN_ID.eq(planId))
                .orderBy(PLAN_ASSIGNMENT.ORDINAL)
                .fetch(a -> new PlanAssignment(a.getGivenBy(), Arrays.asList(a.getDirectedTo().split(DIRECTED_TO_SEPARATOR)),
                        a.getTask(), new Due(a.getDueDate(), a.getDueText())));
        TreeSet<Month> months = new TreeSet<>();
        for (String m : row.getFollowUpMonths().split(",")) {
            if (!m.isBlank()) {
                months.add(Month.of(Integer.parseInt(m.strip())));
            }
        }
        return new OperationalPlan(new PlanId(planId), new BoardId(row.getBoardId()), row.getTitle(),
                Period.of(row.getFirstYear(), row.getLastYear()), areas, months, assignments);
    }

    private Map<Long, List<Indicator>> indicatorsOf(List<Long> goalIds) {
        if (goalIds.isEmpty()) {
            return Map.of();
        }
        var rows = dsl.selectFrom(PLAN_INDICATOR).where(PLAN_INDICATOR.GOAL_ID.in(goalIds))
                .orderBy(PLAN_INDICATOR.GOAL_ID, PLAN_INDICATOR.ORDINAL).fetch();
        Map<Long, List<IndicatorValue>> values = dsl.selectFrom(PLAN_INDICATOR_VALUE)
                .where(PLAN_INDICATOR_VALUE.INDICATOR_ID.in(rows.getValues(PLAN_INDICATOR.ID)))
                .orderBy(PLAN_INDICATOR_VALUE.INDICATOR_ID, PLAN_INDICATOR_VALUE.ORDINAL).fetch().stream()
                .collect(Collectors.groupingBy(v -> v.getIndicatorId(), Collectors.mapping(
                        v -> new IndicatorValue(v.getYear(), ValueKind.valueOf(v.getValueKind()), v.getValueText()),
                        Collectors.toList())));
        Map<Long, List<Indicator>> byGoal = new java.util.LinkedHashMap<>();
        for (var r : rows) {
            byGoal.computeIfAbsent(r.getGoalId(), k -> new ArrayList<>()).add(new Indicator(new IndicatorId(r.getId()),
                    r.getName(), IndicatorKind.valueOf(r.getKind()), r.getUnit(), values.getOrDefault(r.getId(), List.of())));
        }
        return byGoal;
    }
}
