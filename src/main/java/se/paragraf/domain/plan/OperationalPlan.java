package se.paragraf.domain.plan;

import java.time.Month;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import se.paragraf.domain.board.BoardId;
import se.paragraf.domain.shared.DomainException;
import se.paragraf.domain.shared.Require;

/**
 * A board's verksamhetsplan for a period: goal areas → goals → sub-goals, indicators on goals
 * and sub-goals, the months it is followed up in (the delårsrapport's "apr, aug & dec") and the
 * plan's own assignments. Immutable; every verb returns the changed plan.
 */
public record OperationalPlan(PlanId id, BoardId board, String title, Period period, List<GoalArea> areas,
                              SortedSet<Month> followUpMonths, List<PlanAssignment> assignments) {
    public OperationalPlan {
        Require.present(id, "Planens id");
        Require.present(board, "Organ");
        title = Require.text(title, "Planens rubrik");
        Require.present(period, "Planperiod");
        areas = List.copyOf(Require.present(areas, "Målområden"));
        followUpMonths = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(Require.present(followUpMonths, "Uppföljningsmånader")));
        assignments = List.copyOf(Require.present(assignments, "Uppdrag"));
        Set<GoalId> goalIds = new HashSet<>();
        Set<IndicatorId> indicatorIds = new HashSet<>();
        for (GoalArea area : areas) {
            unique(goalIds, area.id());
            for (Goal goal : area.goals()) {
                unique(goalIds, goal.id());
                goal.indicators().forEach(i -> unique(indicatorIds, i.id()));
                for (SubGoal sub : goal.subGoals()) {
                    unique(goalIds, sub.id());
                    sub.indicators().forEach(i -> unique(indicatorIds, i.id()));
                }
            }
        }
    }

    private static <T> void unique(Set<T> seen, T id) {
        if (!seen.add(id)) {
            throw new DomainException("Planen innehåller samma mål eller indikator (id " + id + ") två gånger.");
        }
    }

    public static OperationalPlan empty(PlanId id, BoardId board, String title, Period period) {
        return new OperationalPlan(id, board, title, period, List.of(),
                new TreeSet<>(EnumSet.of(Month.APRIL, Month.AUGUST, Month.DECEMBER)), List.of());
    }

    /** Every goal, sub-goal and goal area with its place in the tree, in plan order. */
    public List<GoalNode> nodes() {
        List<GoalNode> nodes = new ArrayList<>();
        for (GoalArea area : areas) {
            nodes.add(GoalNode.area(area));
            for (Goal goal : area.goals()) {
                nodes.add(GoalNode.goal(area, goal));
                goal.subGoals().forEach(sub -> nodes.add(GoalNode.subGoal(area, goal, sub)));
            }
        }
        return nodes;
    }

    public Optional<GoalNode> node(GoalId goal) {
        return nodes().stream().filter(n -> n.id().equals(goal)).findFirst();
    }

    /** The goal area above a goal, or the goal above a sub-goal; empty for a goal area. */
    public Optional<GoalId> parentOf(GoalId goal) {
        for (GoalArea area : areas) {
            for (Goal g : area.goals()) {
                if (g.id().equals(goal)) {
                    return Optional.of(area.id());
                }
                if (g.subGoals().stream().anyMatch(s -> s.id().equals(goal))) {
                    return Optional.of(g.id());
                }
            }
        }
        return Optional.empty();
    }

    /** The goal itself and every goal and sub-goal under it: what removing it takes away. */
    public List<GoalId> withEverythingUnder(GoalId goal) {
        List<GoalId> ids = new ArrayList<>();
        for (GoalNode node : nodes()) {
            if (node.id().equals(goal) || parentOf(node.id()).filter(p -> p.equals(goal) || ids.contains(p)).isPresent()) {
                ids.add(node.id());
            }
        }
        return ids;
    }

    public Stream<Indicator> indicators() {
        return areas.stream().flatMap(a -> a.goals().stream())
                .flatMap(g -> Stream.concat(g.indicators().stream(), g.subGoals().stream().flatMap(s -> s.indicators().stream())));
    }

    public OperationalPlan retitle(String newTitle, Period newPeriod) {
        return new OperationalPlan(id, board, newTitle, newPeriod, areas, followUpMonths, assignments);
    }

    public OperationalPlan followUpIn(Set<Month> months) {
        return new OperationalPlan(id, board, title, period, areas, new TreeSet<>(months), assignments);
    }

    public OperationalPlan withAssignments(List<PlanAssignment> newAssignments) {
        return new OperationalPlan(id, board, title, period, areas, followUpMonths, newAssignments);
    }

    public OperationalPlan withAreas(List<GoalArea> newAreas) {
        return new OperationalPlan(id, board, title, period, newAreas, followUpMonths, assignments);
    }

    public OperationalPlan addArea(GoalArea area) {
        List<GoalArea> list = new ArrayList<>(areas);
        list.add(Require.present(area, "Målområde"));
        return withAreas(list);
    }

    public OperationalPlan addGoal(GoalId area, Goal goal) {
        requireNode(area, GoalNode.Level.AREA);
        return mapAreas(a -> a.id().equals(area) ? a.withGoals(append(a.goals(), goal)) : a);
    }

    public OperationalPlan addSubGoal(GoalId goal, SubGoal subGoal) {
        requireNode(goal, GoalNode.Level.GOAL);
        return mapGoals(g -> g.id().equals(goal) ? g.withSubGoals(append(g.subGoals(), subGoal)) : g);
    }

    /** Adds an indicator to a goal or sub-goal. */
    public OperationalPlan addIndicator(GoalId owner, Indicator indicator) {
        GoalNode node = node(owner).orElseThrow(this::missing);
        if (node.level() == GoalNode.Level.AREA) {
            throw new DomainException("Indikatorer hör till mål och delmål, inte till målområden.");
        }
        return mapGoals(g -> g.id().equals(owner) ? g.withIndicators(append(g.indicators(), indicator))
                : g.withSubGoals(g.subGoals().stream().map(s -> s.id().equals(owner)
                ? s.withIndicators(append(s.indicators(), indicator)) : s).toList()));
    }

    public OperationalPlan replaceArea(GoalArea area) {
        requireNode(area.id(), GoalNode.Level.AREA);
        return mapAreas(a -> a.id().equals(area.id()) ? area : a);
    }

    public OperationalPlan replaceGoal(Goal goal) {
        requireNode(goal.id(), GoalNode.Level.GOAL);
        return mapGoals(g -> g.id().equals(goal.id()) ? goal : g);
    }

    public OperationalPlan replaceSubGoal(SubGoal subGoal) {
        requireNode(subGoal.id(), GoalNode.Level.SUB_GOAL);
        return mapGoals(g -> g.withSubGoals(g.subGoals().stream().map(s -> s.id().equals(subGoal.id()) ? subGoal : s).toList()));
    }

    public OperationalPlan replaceIndicator(Indicator indicator) {
        if (indicators().noneMatch(i -> i.id().equals(indicator.id()))) {
            throw new DomainException("Indikatorn finns inte längre i planen.");
        }
        UnaryOperator<List<Indicator>> swap = list -> list.stream().map(i -> i.id().equals(indicator.id()) ? indicator : i).toList();
        return mapGoals(g -> g.withIndicators(swap.apply(g.indicators()))
                .withSubGoals(g.subGoals().stream().map(s -> s.withIndicators(swap.apply(s.indicators()))).toList()));
    }

    /** Removes a goal area, goal or sub-goal with everything under it. */
    public OperationalPlan remove(GoalId goal) {
        node(goal).orElseThrow(this::missing);
        return withAreas(areas.stream().filter(a -> !a.id().equals(goal))
                .map(a -> a.withGoals(a.goals().stream().filter(g -> !g.id().equals(goal))
                        .map(g -> g.withSubGoals(g.subGoals().stream().filter(s -> !s.id().equals(goal)).toList()))
                        .toList()))
                .toList());
    }

    public OperationalPlan removeIndicator(IndicatorId indicator) {
        UnaryOperator<List<Indicator>> drop = list -> list.stream().filter(i -> !i.id().equals(indicator)).toList();
        return mapGoals(g -> g.withIndicators(drop.apply(g.indicators()))
                .withSubGoals(g.subGoals().stream().map(s -> s.withIndicators(drop.apply(s.indicators()))).toList()));
    }

    /**
     * The plan for the next period of the same length: the same goal tree and indicators with new
     * ids (so links to decisions stay with the old plan), outcomes kept as the history the new
     * plan starts from, targets and the plan's own assignments left to be set anew.
     */
    public OperationalPlan copyToNextPeriod(PlanId newId, Supplier<GoalId> goalIds, Supplier<IndicatorId> indicatorIds) {
        Period next = period.next();
        Function<List<Indicator>, List<Indicator>> copyIndicators = list -> list.stream()
                .map(i -> new Indicator(indicatorIds.get(), i.name(), i.kind(), i.unit(),
                        i.values().stream().filter(v -> v.kind() == ValueKind.OUTCOME).toList()))
                .toList();
        List<GoalArea> copied = areas.stream().map(a -> new GoalArea(goalIds.get(), a.code(), a.title(),
                a.goals().stream().map(g -> new Goal(goalIds.get(), g.code(), g.title(), g.description(),
                        g.subGoals().stream().map(s -> new SubGoal(goalIds.get(), s.code(), s.title(),
                                copyIndicators.apply(s.indicators()))).toList(),
                        copyIndicators.apply(g.indicators()))).toList())).toList();
        String newTitle = title.contains(period.toString()) ? title.replace(period.toString(), next.toString())
                : title + " " + next;
        return new OperationalPlan(newId, board, newTitle, next, copied, followUpMonths, List.of());
    }

    private void requireNode(GoalId goal, GoalNode.Level level) {
        GoalNode node = node(goal).orElseThrow(this::missing);
        if (node.level() != level) {
            throw new DomainException("\"" + node.title() + "\" är ett " + node.level().swedishName()
                    + ", inte ett " + level.swedishName() + ".");
        }
    }

    private DomainException missing() {
        return new DomainException("Målet finns inte längre i planen. Ladda om planen och försök igen.");
    }

    private OperationalPlan mapAreas(UnaryOperator<GoalArea> change) {
        return withAreas(areas.stream().map(change).toList());
    }

    private OperationalPlan mapGoals(UnaryOperator<Goal> change) {
        return mapAreas(a -> a.withGoals(a.goals().stream().map(change).toList()));
    }

    private static <T> List<T> append(List<T> list, T item) {
        List<T> more = new ArrayList<>(list);
        more.add(Require.present(item, "Ny rad"));
        return more;
    }
}
