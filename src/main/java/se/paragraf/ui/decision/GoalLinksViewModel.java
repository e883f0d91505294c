package se.paragraf.ui.decision;

import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import se.paragraf.application.plan.LinkGoals;
import se.paragraf.application.plan.PlannedGoalLink;
import se.paragraf.application.plan.RankedGoal;
import se.paragraf.domain.assignment.DecisionRef;
import se.paragraf.domain.paragraph.ParagraphId;
import se.paragraf.domain.plan.GoalNode;
import se.paragraf.domain.plan.OperationalPlan;
import se.paragraf.domain.shared.DomainException;
import se.paragraf.ui.Messages;
import se.paragraf.ui.task.BackgroundTask;
import se.paragraf.ui.task.TaskExecutor;

/**
 * Which goals a paragraph's decision serves: the goals of the board's current plan, searchable,
 * the likeliest ones suggested with the words that matched, and the links made. The secretary
 * confirms a goal to link it. Self-contained: {@link #show} is all an embedding editor calls.
 */
public final class GoalLinksViewModel {
    private static final int SUGGESTIONS = 5;
    private final LinkGoals linkGoals;
    private final TaskExecutor executor;
    private final ObservableList<GoalNode> goals = FXCollections.observableArrayList();
    private final FilteredList<GoalNode> filtered = new FilteredList<>(goals);
    private final StringProperty search = new SimpleStringProperty("");
    private final ObservableList<OperationalPlan> plans = FXCollections.observableArrayList();
    private final ObservableList<RankedGoal> suggestions = FXCollections.observableArrayList();
    private final ObservableList<PlannedGoalLink> links = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private ParagraphId paragraph;

    public GoalLinksViewModel(LinkGoals linkGoals, TaskExecutor executor) {
        this.linkGoals = linkGoals;
        this.executor = executor;
        search.addListener((o, was, now) -> {
            String wanted = now == null ? "" : now.strip().toLowerCase(Locale.ROOT);
            filtered.setPredicate(wanted.isEmpty() ? null : g -> g.label().toLowerCase(Locale.ROOT).contains(wanted)
                    || (g.description() != null && g.description().toLowerCase(Locale.ROOT).contains(wanted)));
        });
    }

    private record Loaded(List<OperationalPlan> plans, List<RankedGoal> suggestions, List<PlannedGoalLink> links) {
    }

    public void show(ParagraphId paragraphId) {
        message.set("");
        load(paragraphId);
    }

    private void load(ParagraphId paragraphId) {
        this.paragraph = paragraphId;
        BackgroundTask.wrap(Messages.get("goal.task.suggest"), () -> new Loaded(linkGoals.plansFor(paragraphId),
                        linkGoals.suggest(paragraphId, SUGGESTIONS), linkGoals.linksOf(paragraphId)))
                .onSuccess(loaded -> {
                    if (!paragraphId.equals(paragraph)) {
                        return;
                    }
                    goals.setAll(loaded.plans().stream().flatMap(p -> p.nodes().stream()).toList());
                    plans.setAll(loaded.plans());
                    suggestions.setAll(loaded.suggestions());
                    links.setAll(loaded.links());
                    if (loaded.plans().isEmpty()) {
                        message.set(Messages.get("goal.noPlan"));
                    }
                })
                .executeWith(executor);
    }

    /** Links the whole decision to the goal the secretary confirmed. */
    public void confirm(GoalNode goal) {
        ParagraphId at = paragraph;
        if (at == null || goal == null) {
            return;
        }
        BackgroundTask.wrap(Messages.get("goal.task.link"), () -> linkGoals.link(goal.id(), DecisionRef.whole(at)))
                .onSuccess(v -> {
                    message.set(Messages.get("goal.linked", goal.label()));
                    load(at);
                })
                .onFailure(e -> message.set(e instanceof DomainException ? e.getMessage() : Messages.get("goal.failed")))
                .executeWith(executor);
    }

    public void unlink(PlannedGoalLink link) {
        ParagraphId at = paragraph;
        BackgroundTask.wrap(Messages.get("goal.task.link"), () -> linkGoals.unlink(link.link().goal(), link.link().decision()))
                .onSuccess(v -> load(at))
                .executeWith(executor);
    }

    public ObservableList<GoalNode> goals() {
        return filtered;
    }

    /** The plans whose goals are offered, for the goal tree; {@link #goals} says which rows the search keeps. */
    public ObservableList<OperationalPlan> plans() {
        return plans;
    }

    public boolean isLinked(GoalNode goal) {
        return links.stream().anyMatch(l -> l.link().goal().equals(goal.id()));
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObservableList<RankedGoal> suggestions() {
        return suggestions;
    }

    public ObservableList<PlannedGoalLink> links() {
        return links;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
