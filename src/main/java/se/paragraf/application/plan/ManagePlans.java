package se.paragraf.application.plan;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.paragraf.application.Repositories;
import se.paragraf.application.UnitOfWork;
import se.paragraf.application.search.ReindexParagraphs;
import se.paragraf.domain.board.Board;
import se.paragraf.domain.assignment.Due;
import se.paragraf.domain.board.BoardId;
import se.paragraf.domain.paragraph.ParagraphId;
import se.paragraf.domain.plan.Goal;
import se.paragraf.domain.plan.GoalArea;
import se.paragraf.domain.plan.GoalId;
import se.paragraf.domain.plan.Indicator;
import se.paragraf.domain.plan.IndicatorId;
import se.paragraf.domain.plan.IndicatorKind;
import se.paragraf.domain.plan.PlanAssignment;
import se.paragraf.domain.plan.SubGoal;
import se.paragraf.domain.plan.GoalNode;
import se.paragraf.domain.plan.OperationalPlan;
import se.paragraf.domain.plan.Period;
import se.paragraf.domain.plan.PlanId;
import se.paragraf.domain.shared.DomainException;

/**
 * Use case: the boards' operational plans. Create, show, change (the tree editor saves the
 * whole plan after each edit), copy into the next period and import tables into a plan.
 */
public final class ManagePlans {
    private final UnitOfWork unitOfWork;
    private final PlanTableReader tables;
    private final ReindexParagraphs reindex;

    public ManagePlans(UnitOfWork unitOfWork, PlanTableReader tables, ReindexParagraphs reindex) {
        this.unitOfWork = unitOfWork;
        this.tables = tables;
        this.reindex = reindex;
    }

    public List<OperationalPlan> list() {
        return unitOfWork.transaction(r -> r.plans().findAll());
    }

    public OperationalPlan show(PlanId id) {
        return unitOfWork.transaction(r -> r.plans().findById(id).orElseThrow(ManagePlans::gone));
    }

    public OperationalPlan create(BoardId board, String title, Period period) {
        return unitOfWork.transaction(r -> {
            requireFree(r.plans().findByBoard(board), period);
            OperationalPlan plan = OperationalPlan.empty(r.plans().nextId(), board, title, period);
            r.plans().save(plan);
            return plan;
        });
    }

    /** Stores the changed plan; new goals and indicators get their ids from {@link #ids}. */
    public OperationalPlan save(OperationalPlan plan) {
        List<ParagraphId> renamed = unitOfWork.transaction(r -> {
            OperationalPlan stored = r.plans().findById(plan.id()).orElseThrow(ManagePlans::gone);
            List<ParagraphId> linked = linkedToChanged(r, stored, plan.nodes());
            r.plans().save(plan);
            return linked;
        });
        reindex.paragraphs(renamed);
        return plan;
    }

    /** The boards a new plan can belong to. */
    public List<Board> boards() {
        return unitOfWork.transaction(r -> r.boards().findAll());
    }

    /** Adds a goal area at the end of the plan. */
    public PlanEdit addArea(PlanId id, String title) {
        return edit(id, (plan, r) -> {
            GoalId goal = r.plans().nextGoalId();
            return new PlanEdit(plan.addArea(new GoalArea(goal, null, title, List.of())), goal, null);
        });
    }

    /** Adds a goal at the end of the goal area. */
    public PlanEdit addGoal(PlanId id, GoalId area, String title) {
        return edit(id, (plan, r) -> {
            GoalId goal = r.plans().nextGoalId();
            return new PlanEdit(plan.addGoal(area, new Goal(goal, null, title, null, List.of(), List.of())), goal, null);
        });
    }

    /** Adds a sub-goal at the end of the goal's. */
    public PlanEdit addSubGoal(PlanId id, GoalId goal, String title) {
        return edit(id, (plan, r) -> {
            GoalId sub = r.plans().nextGoalId();
            return new PlanEdit(plan.addSubGoal(goal, new SubGoal(sub, null, title, List.of())), sub, null);
        });
    }

    /** Adds an indicator, without values yet, to a goal or sub-goal. */
    public PlanEdit addIndicator(PlanId id, GoalId owner, String name, IndicatorKind kind, String unit) {
        return edit(id, (plan, r) -> {
            IndicatorId indicator = r.plans().nextIndicatorId();
            return new PlanEdit(plan.addIndicator(owner, new Indicator(indicator, name, kind, unit, List.of())), owner, indicator);
        });
    }

    /**
     * Why the goal area, goal or sub-goal cannot be removed, when it cannot: decisions are linked
     * to it or to something under it. The links are the board's record of what its decisions
     * served and the follow-up report is built from them, so they must not vanish as a side effect
     * of tidying the plan; the secretary removes them knowingly, paragraph by paragraph.
     */
    public Optional<String> whyNotRemovable(PlanId id, GoalId goal) {
        return unitOfWork.transaction(r -> refusal(r, show(r, id), goal));
    }

    /** Removes a goal area, goal or sub-goal with everything under it; refused as {@link #whyNotRemovable} says. */
    public OperationalPlan remove(PlanId id, GoalId goal) {
        return edit(id, (plan, r) -> {
            refusal(r, plan, goal).ifPresent(why -> {
                throw new DomainException(why);
            });
            return new PlanEdit(plan.remove(goal), null, null);
        }).plan();
    }

    private static Optional<String> refusal(Repositories r, OperationalPlan plan, GoalId goal) {
        GoalNode node = plan.node(goal).orElseThrow(
                () -> new DomainException("Målet finns inte längre i planen. Ladda om planen och försök igen."));
        int linked = r.goalLinks().findByGoals(plan.withEverythingUnder(goal)).size();
        if (linked == 0) {
            return Optional.empty();
        }
        String under = node.level() == GoalNode.Level.SUB_GOAL ? "" : " eller till det som ligger under";
        return Optional.of("Du kan inte ta bort " + definite(node.level()) + " \"" + node.label() + "\": " + linked
                + (linked == 1 ? " beslut är kopplat" : " beslut är kopplade") + " till det" + under
                + ", och uppföljningen bygger på kopplingarna. Ändra rubriken i stället, eller ta först bort"
                + " kopplingarna under fliken Mål i paragraferna.");
    }

    private static String definite(GoalNode.Level level) {
        return switch (level) {
            case AREA -> "målområdet";
            case GOAL -> "målet";
            case SUB_GOAL -> "delmålet";
        };
    }

    public OperationalPlan removeIndicator(PlanId id, IndicatorId indicator) {
        return edit(id, (plan, r) -> new PlanEdit(plan.removeIndicator(indicator), null, null)).plan();
    }

    /** Adds an assignment of the plan's own, given by and directed to the board until the form says otherwise. */
    public OperationalPlan addAssignment(PlanId id, String task) {
        return edit(id, (plan, r) -> {
            String board = r.boards().findById(plan.board()).map(Board::name).orElse("Styrelsen");
            List<PlanAssignment> list = new java.util.ArrayList<>(plan.assignments());
            list.add(new PlanAssignment(board, List.of(board), task, Due.NONE));
            return new PlanEdit(plan.withAssignments(list), null, null);
        }).plan();
    }

    /**
     * Changes the plan's assignment at {@code index} (its place in the plan's list). The recipients
     * are split as in an imported table; the due wording ("Senast juni 2019") is read as a date too.
     */
    public OperationalPlan changeAssignment(PlanId id, int index, String givenBy, String directedTo, String task, String dueText) {
        return edit(id, (plan, r) -> {
            List<PlanAssignment> list = new java.util.ArrayList<>(plan.assignments());
            list.set(requireIndex(list, index), new PlanAssignment(givenBy, PlanTable.recipients(directedTo == null ? "" : directedTo),
                    task, PlanTable.due(dueText, plan.period())));
            return new PlanEdit(plan.withAssignments(list), null, null);
        }).plan();
    }

    public OperationalPlan removeAssignment(PlanId id, int index) {
        return edit(id, (plan, r) -> {
            List<PlanAssignment> list = new java.util.ArrayList<>(plan.assignments());
            list.remove(requireIndex(list, index));
            return new PlanEdit(plan.withAssignments(list), null, null);
        }).plan();
    }

    private static int requireIndex(List<PlanAssignment> list, int index) {
        if (index < 0 || index >= list.size()) {
            throw new DomainException("Uppdraget finns inte längre i planen. Ladda om planen och försök igen.");
        }
        return index;
    }

    private PlanEdit edit(PlanId id, java.util.function.BiFunction<OperationalPlan, Repositories, PlanEdit> change) {
        return unitOfWork.transaction(r -> {
            PlanEdit edit = change.apply(show(r, id), r);
            r.plans().save(edit.plan());
            return edit;
        });
    }

    private static OperationalPlan show(Repositories r, PlanId id) {
        return r.plans().findById(id).orElseThrow(ManagePlans::gone);
    }

    /** Fresh ids for goals and indicators the editor adds. */
    public PlanIds ids() {
        return new PlanIds(unitOfWork);
    }

    /** A copy of the plan for the following period (see {@link OperationalPlan#copyToNextPeriod}). */
    public OperationalPlan copyToNextPeriod(PlanId id) {
        return unitOfWork.transaction(r -> {
            OperationalPlan plan = r.plans().findById(id).orElseThrow(ManagePlans::gone);
            requireFree(r.plans().findByBoard(plan.board()), plan.period().next());
            OperationalPlan copy = plan.copyToNextPeriod(r.plans().nextId(), r.plans()::nextGoalId, r.plans()::nextIndicatorId);
            r.plans().save(copy);
            return copy;
        });
    }

    /**
     * Adds the goals, indicators and assignments of a CSV or XLSX table to the plan, all or
     * nothing.
     *
     * @throws PlanImportException with every wrong line, when any is wrong
     */
    public OperationalPlan importTable(PlanId id, String fileName, byte[] bytes) {
        List<TableRow> rows = tables.read(fileName, bytes);
        return unitOfWork.transaction(r -> {
            OperationalPlan plan = r.plans().findById(id).orElseThrow(ManagePlans::gone);
            String boardName = r.boards().findById(plan.board()).map(Board::name).orElse("Styrelsen");
            OperationalPlan imported = new PlanTable(plan, boardName, r.plans()::nextGoalId, r.plans()::nextIndicatorId).read(rows);
            r.plans().save(imported);
            return imported;
        });
    }

    public void delete(PlanId id) {
        List<ParagraphId> unlinked = unitOfWork.transaction(r -> {
            List<ParagraphId> linked = r.plans().findById(id).map(p -> linkedToChanged(r, p, List.of()))
                    .orElse(List.of());
            r.plans().delete(id);
            return linked;
        });
        reindex.paragraphs(unlinked);
    }

    /**
     * The §§ linked to a goal that is renamed or gone in {@code after}: the search index holds goal
     * titles, so they must be indexed again. Most edits touch none, and then nothing is re-indexed.
     */
    private static List<ParagraphId> linkedToChanged(Repositories r, OperationalPlan before, List<GoalNode> after) {
        Map<GoalId, String> titles = new HashMap<>();
        after.forEach(n -> titles.put(n.id(), n.title()));
        List<GoalId> changed = before.nodes().stream().filter(n -> !n.title().equals(titles.get(n.id())))
                .map(GoalNode::id).toList();
        return r.goalLinks().findByGoals(changed).stream().map(l -> l.decision().paragraph()).distinct().toList();
    }

    private static void requireFree(List<OperationalPlan> plans, Period period) {
        plans.stream().filter(p -> p.period().equals(period)).findFirst().ifPresent(p -> {
            throw new DomainException("Organet har redan en plan för " + period + " (\"" + p.title()
                    + "\"). Öppna den i stället, eller välj en annan period.");
        });
    }

    private static DomainException gone() {
        return new DomainException("Planen finns inte längre i arkivet. Välj en annan plan i listan.");
    }
}
