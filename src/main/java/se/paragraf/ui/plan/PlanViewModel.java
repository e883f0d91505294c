package se.paragraf.ui.plan;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import se.paragraf.application.plan.GoalPage;
import se.paragraf.application.plan.LinkGoals;
import se.paragraf.application.plan.LinkedDecision;
import se.paragraf.application.plan.ManagePlans;
import se.paragraf.application.plan.PlanImportException;
import se.paragraf.domain.plan.Goal;
import se.paragraf.domain.plan.GoalArea;
import se.paragraf.domain.plan.GoalNode;
import se.paragraf.domain.plan.Indicator;
import se.paragraf.domain.plan.IndicatorKind;
import se.paragraf.domain.plan.OperationalPlan;
import se.paragraf.domain.plan.SubGoal;
import se.paragraf.domain.plan.ValueKind;
import se.paragraf.domain.shared.DomainException;
import se.paragraf.ui.Messages;
import se.paragraf.ui.task.BackgroundTask;
import se.paragraf.ui.task.TaskExecutor;

/**
 * Verksamhetsplan: the plans, the selected plan's tree, a detail form for the selected goal or
 * indicator, the goal's page (its linked decisions), copying into the next period and import.
 */
public final class PlanViewModel {
    private final ManagePlans managePlans;
    private final LinkGoals linkGoals;
    private final TaskExecutor executor;

    private final ObservableList<OperationalPlan> plans = FXCollections.observableArrayList();
    private final ObjectProperty<OperationalPlan> plan = new SimpleObjectProperty<>();
    private final ObjectProperty<PlanNode> selected = new SimpleObjectProperty<>();
    private final StringProperty code = new SimpleStringProperty("");
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty description = new SimpleStringProperty("");
    private final ObjectProperty<IndicatorKind> kind = new SimpleObjectProperty<>(IndicatorKind.QUANTITATIVE);
    private final StringProperty unit = new SimpleStringProperty("");
    private final ObservableList<ValueRow> values = FXCollections.observableArrayList();
    private final ObservableList<LinkedDecision> decisions = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper goalHeading = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final BooleanProperty busy = new SimpleBooleanProperty();

    public PlanViewModel(ManagePlans managePlans, LinkGoals linkGoals, TaskExecutor executor) {
        this.managePlans = managePlans;
        this.linkGoals = linkGoals;
        this.executor = executor;
        selected.addListener((o, was, now) -> showDetail(now));
    }

    public void load() {
        OperationalPlan current = plan.get();
        BackgroundTask.wrap(Messages.get("plan.task.load"), managePlans::list)
                .onSuccess(list -> showPlans(list, current == null ? null : current.id()))
                .executeWith(executor);
    }

    private void showPlans(List<OperationalPlan> list, Object keep) {
        plans.setAll(list);
        OperationalPlan chosen = list.stream().filter(p -> p.id().equals(keep)).findFirst()
                .orElse(list.isEmpty() ? null : list.get(0));
        plan.set(chosen);
        if (chosen == null) {
            message.set(Messages.get("plan.none"));
        }
    }

    public void choose(OperationalPlan chosen) {
        plan.set(chosen);
        selected.set(null);
    }

    private void showDetail(PlanNode node) {
        decisions.clear();
        values.clear();
        if (node == null) {
            code.set("");
            title.set("");
            description.set("");
            goalHeading.set("");
            return;
        }
        if (node.isIndicator()) {
            Indicator indicator = node.indicator();
            code.set("");
            title.set(indicator.name());
            description.set("");
            kind.set(indicator.kind());
            unit.set(indicator.unitIfAny().orElse(""));
            TreeSet<Integer> years = new TreeSet<>();
            indicator.values().forEach(v -> years.add(v.year()));
            OperationalPlan p = plan.get();
            for (int y = p.period().firstYear(); y <= p.period().lastYear(); y++) {
                years.add(y);
            }
            for (int year : years) {
                values.add(new ValueRow(year, indicator.value(year, ValueKind.OUTCOME).map(v -> v.text()).orElse(""),
                        indicator.value(year, ValueKind.TARGET).map(v -> v.text()).orElse("")));
            }
            goalHeading.set("");
            return;
        }
        GoalNode goal = node.goal();
        code.set(goal.code() == null ? "" : goal.code());
        title.set(goal.title());
        description.set(goal.description() == null ? "" : goal.description());
        goalHeading.set(Messages.get("goal.page.heading", goal.label()));
        BackgroundTask.wrap(Messages.get("goal.task.page"), () -> linkGoals.page(goal.id()))
                .onSuccess(this::showPage)
                .executeWith(executor);
    }

    private void showPage(GoalPage page) {
        PlanNode now = selected.get();
        if (now != null && !now.isIndicator() && now.goalId().equals(page.goal().id())) {
            decisions.setAll(page.decisions());
        }
    }

    /** Stores the detail form into the selected goal or indicator and saves the plan. */
    public void saveDetail() {
        PlanNode node = selected.get();
        OperationalPlan current = plan.get();
        if (node == null || current == null) {
            return;
        }
        OperationalPlan changed;
        try {
            changed = applyDetail(current, node);
        } catch (DomainException e) {
            message.set(e.getMessage());
            return;
        }
        run(Messages.get("plan.task.save"), () -> managePlans.save(changed), Messages.get("plan.saved"));
    }

    private OperationalPlan applyDetail(OperationalPlan current, PlanNode node) {
        String newCode = code.get().isBlank() ? null : code.get();
        if (node.isIndicator()) {
            Indicator indicator = node.indicator().describe(title.get(), kind.get(), unit.get());
            for (ValueRow row : values) {
                indicator = indicator.withValue(row.year(), ValueKind.OUTCOME, row.outcomeProperty().get())
                        .withValue(row.year(), ValueKind.TARGET, row.targetProperty().get());
            }
            return current.replaceIndicator(indicator);
        }
        GoalNode goal = node.goal();
        return switch (goal.level()) {
            case AREA -> {
                GoalArea area = current.areas().stream().filter(a -> a.id().equals(goal.id())).findFirst().orElseThrow();
                yield current.replaceArea(area.describe(newCode, title.get()));
            }
            case GOAL -> {
                Goal g = current.areas().stream().flatMap(a -> a.goals().stream()).filter(x -> x.id().equals(goal.id()))
                        .findFirst().orElseThrow();
                yield current.replaceGoal(g.describe(newCode, title.get(), description.get()));
            }
            case SUB_GOAL -> {
                SubGoal s = current.areas().stream().flatMap(a -> a.goals().stream()).flatMap(g -> g.subGoals().stream())
                        .filter(x -> x.id().equals(goal.id())).findFirst().orElseThrow();
                yield current.replaceSubGoal(s.describe(newCode, title.get()));
            }
        };
    }

    public void copyToNextPeriod() {
        OperationalPlan current = plan.get();
        if (current == null) {
            return;
        }
        busy.set(true);
        BackgroundTask.wrap(Messages.get("plan.task.copy"), () -> managePlans.copyToNextPeriod(current.id()))
                .onSuccess(copy -> {
                    busy.set(false);
                    message.set(Messages.get("plan.copied", copy.title()));
                    reloadShowing(copy);
                })
                .onFailure(this::failed)
                .executeWith(executor);
    }

    /** Imports a CSV or XLSX table into the selected plan; every wrong line is listed in the message. */
    public void importFile(Path file) {
        OperationalPlan current = plan.get();
        if (current == null) {
            message.set(Messages.get("plan.none"));
            return;
        }
        busy.set(true);
        BackgroundTask.wrap(Messages.get("plan.task.import"),
                        () -> managePlans.importTable(current.id(), file.getFileName().toString(), Files.readAllBytes(file)))
                .onSuccess(imported -> {
                    busy.set(false);
                    message.set(Messages.get("plan.imported", file.getFileName().toString()));
                    reloadShowing(imported);
                })
                .onFailure(e -> {
                    if (e instanceof java.io.IOException) {
                        busy.set(false);
                        message.set(Messages.get("plan.importUnreadable", file.toString()));
                    } else {
                        failed(e);
                    }
                })
                .executeWith(executor);
    }

    private void run(String description, Runnable work, String done) {
        busy.set(true);
        BackgroundTask.wrap(description, work)
                .onSuccess(v -> {
                    busy.set(false);
                    message.set(done);
                    reloadShowing(null);
                })
                .onFailure(this::failed)
                .executeWith(executor);
    }

    private void failed(Exception e) {
        busy.set(false);
        if (e instanceof PlanImportException || e instanceof DomainException) {
            message.set(e.getMessage());
        } else {
            message.set(Messages.get("plan.failed"));
        }
    }

    /** Reloads the plans and shows {@code show} (or the current plan), keeping the selected row. */
    private void reloadShowing(OperationalPlan show) {
        Object keep = show != null ? show.id() : plan.get() == null ? null : plan.get().id();
        PlanNode keepNode = selected.get();
        BackgroundTask.wrap(Messages.get("plan.task.load"), managePlans::list)
                .onSuccess(list -> {
                    showPlans(list, keep);
                    if (keepNode != null && plan.get() != null) {
                        selected.set(refreshed(plan.get(), keepNode));
                    }
                })
                .executeWith(executor);
    }

    private static PlanNode refreshed(OperationalPlan p, PlanNode node) {
        return p.node(node.goalId()).map(g -> node.isIndicator()
                ? g.indicators().stream().filter(i -> i.id().equals(node.indicator().id())).findFirst()
                        .map(i -> PlanNode.of(g, i)).orElse(null)
                : PlanNode.of(g)).orElse(null);
    }

    public ObservableList<OperationalPlan> plans() {
        return plans;
    }

    public ObjectProperty<OperationalPlan> planProperty() {
        return plan;
    }

    public ObjectProperty<PlanNode> selectedProperty() {
        return selected;
    }

    public StringProperty codeProperty() {
        return code;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    public ObjectProperty<IndicatorKind> kindProperty() {
        return kind;
    }

    public StringProperty unitProperty() {
        return unit;
    }

    public ObservableList<ValueRow> values() {
        return values;
    }

    public ObservableList<LinkedDecision> decisions() {
        return decisions;
    }

    public ReadOnlyStringProperty goalHeadingProperty() {
        return goalHeading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /** The node of the plan for a goal id, for tests and for opening a goal from elsewhere. */
    public void select(GoalNode goal) {
        selected.set(PlanNode.of(Objects.requireNonNull(goal)));
    }
}
