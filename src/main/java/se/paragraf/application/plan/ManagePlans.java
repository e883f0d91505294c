package se.paragraf.application.plan;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.paragraf.application.Repositories;
import se.paragraf.application.UnitOfWork;
import se.paragraf.application.search.ReindexParagraphs;
import se.paragraf.domain.board.Board;
import se.paragraf.domain.board.BoardId;
import se.paragraf.domain.paragraph.ParagraphId;
import se.paragraf.domain.plan.GoalId;
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
