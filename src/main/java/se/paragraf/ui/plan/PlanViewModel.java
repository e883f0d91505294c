package se.paragraf.ui.plan;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import se.paragraf.application.plan.PlanEdit;
import se.paragraf.application.plan.ReportFollowUp;
import se.paragraf.domain.board.Board;
import se.paragraf.domain.board.BoardId;
import se.paragraf.domain.plan.GoalId;
import se.paragraf.domain.plan.PlanAssignment;
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
    private final ReportFollowUp reportFollowUp;
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
    private final StringProperty givenBy = new SimpleStringProperty("");
    private final StringProperty directedTo = new SimpleStringProperty("");
    private final StringProperty dueText = new SimpleStringProperty("");
    private final IntegerProperty editRequests = new SimpleIntegerProperty();
    private final ObservableList<Board> boards = FXCollections.observableArrayList();
    private Predicate<String> confirmation = question -> false;

    public PlanViewModel(ManagePlans managePlans, LinkGoals linkGoals, ReportFollowUp reportFollowUp, TaskExecutor executor) {
        this.managePlans = managePlans;
        this.linkGoals = linkGoals;
        this.reportFollowUp = reportFollowUp;
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
        if (node != null && node.isAssignment()) {
            PlanAssignment a = node.assignment();
            givenBy.set(a.givenBy());
            directedTo.set(String.join(", ", a.directedTo()));
            description.set(a.task());
            dueText.set(a.due().text() != null ? a.due().text() : a.due().dateIfAny().map(Object::toString).orElse(""));
            goalHeading.set("");
            return;
        }
        if (node == null || node.isAssignmentHeading()) {
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
        if (node == null || current == null || node.isAssignmentHeading()) {
            return;
        }
        if (node.isAssignment()) {
            run(Messages.get("plan.task.save"), () -> managePlans.changeAssignment(current.id(), node.assignmentIndex(),
                    givenBy.get(), directedTo.get(), description.get(), dueText.get()), Messages.get("plan.saved"));
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
                .onFailure(e -> failed(e, java.io.IOException.class, Messages.get("plan.importUnreadable", file.toString())))
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

    /** A file that could not be read or written is named in the message; anything else as {@link #failed(Exception)}. */
    private void failed(Exception e, Class<? extends Exception> fileProblem, String fileMessage) {
        if (fileProblem.isInstance(e)) {
            busy.set(false);
            message.set(fileMessage);
        } else {
            failed(e);
        }
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
        PlanNode keepNode = selected.get();
        reloadSelecting(show, p -> keepNode == null ? null : refreshed(p, keepNode), false);
    }

    /** Reloads the plans, shows {@code show} (or the current plan) and selects the row {@code row} finds in it. */
    private void reloadSelecting(OperationalPlan show, java.util.function.Function<OperationalPlan, PlanNode> row, boolean edit) {
        Object keep = show != null ? show.id() : plan.get() == null ? null : plan.get().id();
        BackgroundTask.wrap(Messages.get("plan.task.load"), managePlans::list)
                .onSuccess(list -> {
                    showPlans(list, keep);
                    if (plan.get() != null) {
                        selected.set(row.apply(plan.get()));
                        if (edit && selected.get() != null) {
                            editRequests.set(editRequests.get() + 1);
                        }
                    }
                })
                .executeWith(executor);
    }

    private static PlanNode refreshed(OperationalPlan p, PlanNode node) {
        if (node.isAssignmentHeading()) {
            return node;
        }
        if (node.isAssignment()) {
            int i = node.assignmentIndex();
            return i < p.assignments().size() ? PlanNode.of(p.assignments().get(i), i) : null;
        }
        return p.node(node.goalId()).map(g -> node.isIndicator()
                ? g.indicators().stream().filter(i -> i.id().equals(node.indicator().id())).findFirst()
                        .map(i -> PlanNode.of(g, i)).orElse(null)
                : PlanNode.of(g)).orElse(null);
    }

    // --- Adding and removing rows of the tree

    /** Where a new goal goes: the selected goal area, or the one the selected row is in, or the last one. */
    private Optional<GoalId> areaForNewGoal() {
        OperationalPlan p = plan.get();
        PlanNode node = selected.get();
        if (node != null && node.goalId() != null) {
            GoalId id = node.goalId();
            while (p.parentOf(id).isPresent()) {
                id = p.parentOf(id).get();
            }
            return Optional.of(id);
        }
        return p.areas().isEmpty() ? Optional.empty() : Optional.of(p.areas().get(p.areas().size() - 1).id());
    }

    /** The goal a new sub-goal goes under: the selected goal, or the goal of the selected sub-goal or indicator. */
    private Optional<GoalId> goalForNewSubGoal() {
        PlanNode node = selected.get();
        if (node == null || node.goalId() == null) {
            return Optional.empty();
        }
        return switch (node.goal().level()) {
            case AREA -> Optional.empty();
            case GOAL -> Optional.of(node.goalId());
            case SUB_GOAL -> plan.get().parentOf(node.goalId());
        };
    }

    /** The goal or sub-goal a new indicator measures: the selected one, or the one the selected indicator measures. */
    private Optional<GoalId> ownerForNewIndicator() {
        PlanNode node = selected.get();
        return node == null || node.goalId() == null || node.goal().level() == GoalNode.Level.AREA
                ? Optional.empty() : Optional.of(node.goalId());
    }

    public void addArea() {
        addRow(() -> Optional.of(managePlans.addArea(plan.get().id(), Messages.get("planEdit.new.area"))), "");
    }

    public void addGoal() {
        Optional<GoalId> area = areaForNewGoal();
        addRow(() -> area.map(a -> managePlans.addGoal(plan.get().id(), a, Messages.get("planEdit.new.goal"))),
                Messages.get("planEdit.needArea"));
    }

    public void addSubGoal() {
        Optional<GoalId> goal = goalForNewSubGoal();
        addRow(() -> goal.map(g -> managePlans.addSubGoal(plan.get().id(), g, Messages.get("planEdit.new.subGoal"))),
                Messages.get("planEdit.needGoal"));
    }

    public void addIndicator() {
        Optional<GoalId> owner = ownerForNewIndicator();
        addRow(() -> owner.map(o -> managePlans.addIndicator(plan.get().id(), o, Messages.get("planEdit.new.indicator"),
                IndicatorKind.QUANTITATIVE, null)), Messages.get("planEdit.needGoalOrSubGoal"));
    }

    public void addAssignment() {
        if (plan.get() == null) {
            return;
        }
        OperationalPlan current = plan.get();
        busy.set(true);
        BackgroundTask.wrap(Messages.get("plan.task.save"), () -> managePlans.addAssignment(current.id(), Messages.get("planEdit.new.assignment")))
                .onSuccess(changed -> {
                    busy.set(false);
                    message.set(Messages.get("planEdit.added"));
                    int last = changed.assignments().size() - 1;
                    reloadSelecting(changed, p -> last < p.assignments().size() ? PlanNode.of(p.assignments().get(last), last) : null, true);
                })
                .onFailure(this::failed)
                .executeWith(executor);
    }

    /** Runs an add in the background, then selects the new row and asks the form to take the focus. */
    private void addRow(Supplier<Optional<PlanEdit>> add, String whyNot) {
        if (plan.get() == null) {
            message.set(Messages.get("plan.none"));
            return;
        }
        busy.set(true);
        BackgroundTask.wrap(Messages.get("plan.task.save"), add::get)
                .onSuccess(edit -> {
                    busy.set(false);
                    if (edit.isEmpty()) {
                        message.set(whyNot);
                        return;
                    }
                    message.set(Messages.get("planEdit.added"));
                    reloadSelecting(edit.get().plan(), p -> added(p, edit.get()), true);
                })
                .onFailure(this::failed)
                .executeWith(executor);
    }

    private static PlanNode added(OperationalPlan p, PlanEdit edit) {
        return p.node(edit.goal()).map(g -> edit.indicator() == null ? PlanNode.of(g)
                : g.indicators().stream().filter(i -> i.id().equals(edit.indicator())).findFirst()
                        .map(i -> PlanNode.of(g, i)).orElse(null)).orElse(null);
    }

    /**
     * Removes the selected row after asking. A goal (or area) that decisions are linked to is not
     * removed: the secretary is told how many and what to do instead, without a question first.
     */
    public void removeSelected() {
        PlanNode node = selected.get();
        OperationalPlan current = plan.get();
        if (node == null || current == null || node.isAssignmentHeading()) {
            message.set(Messages.get("planEdit.chooseToRemove"));
            return;
        }
        if (node.isIndicator()) {
            confirmThenRemove(Messages.get("planEdit.confirm.indicator", node.indicator().name()),
                    () -> managePlans.removeIndicator(current.id(), node.indicator().id()));
        } else if (node.isAssignment()) {
            confirmThenRemove(Messages.get("planEdit.confirm.assignment", node.assignment().task()),
                    () -> managePlans.removeAssignment(current.id(), node.assignmentIndex()));
        } else {
            busy.set(true);
            BackgroundTask.wrap(Messages.get("planEdit.task.check"), () -> managePlans.whyNotRemovable(current.id(), node.goalId()))
                    .onSuccess(why -> {
                        busy.set(false);
                        if (why.isPresent()) {
                            message.set(why.get());
                            return;
                        }
                        String label = node.goal().label();
                        String question = switch (node.goal().level()) {
                            case AREA -> Messages.get("planEdit.confirm.area", label);
                            case GOAL -> Messages.get("planEdit.confirm.goal", label);
                            case SUB_GOAL -> Messages.get("planEdit.confirm.subGoal", label);
                        };
                        confirmThenRemove(question, () -> managePlans.remove(current.id(), node.goalId()));
                    })
                    .onFailure(this::failed)
                    .executeWith(executor);
        }
    }

    private void confirmThenRemove(String question, Runnable remove) {
        if (!confirmation.test(question)) {
            return;
        }
        busy.set(true);
        BackgroundTask.wrap(Messages.get("plan.task.save"), remove)
                .onSuccess(v -> {
                    busy.set(false);
                    message.set(Messages.get("planEdit.removed"));
                    selected.set(null);
                    reloadShowing(null);
                })
                .onFailure(this::failed)
                .executeWith(executor);
    }

    /** How removing asks: a dialog in the app, a fixed answer in tests. */
    public void setConfirmation(Predicate<String> confirmation) {
        this.confirmation = Objects.requireNonNull(confirmation);
    }

    // --- A new plan

    /** Loads the boards a new plan can belong to, for the new-plan dialog. */
    public void loadBoards(Runnable then) {
        BackgroundTask.wrap(Messages.get("plan.task.load"), managePlans::boards)
                .onSuccess(list -> {
                    boards.setAll(list);
                    then.run();
                })
                .executeWith(executor);
    }

    /** Creates an empty plan for the board and period ("2027–2029" or "2027") and shows it. */
    public void createPlan(BoardId board, String planTitle, String period) {
        busy.set(true);
        BackgroundTask.wrap(Messages.get("planEdit.task.create"),
                        () -> managePlans.create(board, planTitle, se.paragraf.domain.plan.Period.parse(period)))
                .onSuccess(p -> {
                    busy.set(false);
                    message.set(Messages.get("planEdit.created", p.title()));
                    selected.set(null);
                    reloadShowing(p);
                })
                .onFailure(this::failed)
                .executeWith(executor);
    }

    // --- The follow-up report

    /** The periods a report is usually made for: each of the plan's years, to the end of August and whole. */
    public List<ReportPeriod> reportPeriods() {
        OperationalPlan p = plan.get();
        List<ReportPeriod> list = new java.util.ArrayList<>();
        if (p != null) {
            for (int y = p.period().firstYear(); y <= p.period().lastYear(); y++) {
                list.add(new ReportPeriod(Messages.get("planReport.interim", y), java.time.LocalDate.of(y, 1, 1),
                        java.time.LocalDate.of(y, 8, 31)));
                list.add(new ReportPeriod(Messages.get("planReport.year", y), java.time.LocalDate.of(y, 1, 1),
                        java.time.LocalDate.of(y, 12, 31)));
            }
        }
        return list;
    }

    /** Writes the follow-up of the shown plan for the period to the file, in the background. */
    public void exportReport(java.time.LocalDate from, java.time.LocalDate to, Path file) {
        OperationalPlan current = plan.get();
        if (current == null) {
            message.set(Messages.get("plan.none"));
            return;
        }
        busy.set(true);
        message.set(Messages.get("planReport.running"));
        BackgroundTask.wrap(Messages.get("planReport.task"), () -> reportFollowUp.export(current.id(), from, to, file))
                .onSuccess(v -> {
                    busy.set(false);
                    message.set(Messages.get("planReport.saved", file.toString()));
                })
                .onFailure(e -> failed(e, java.io.UncheckedIOException.class, Messages.get("planReport.unwritable", file.toString())))
                .executeWith(executor);
    }

    public ObservableList<Board> boards() {
        return boards;
    }

    public BooleanBinding canAddSubGoal() {
        return Bindings.createBooleanBinding(() -> plan.get() != null && goalForNewSubGoal().isPresent(), selected, plan);
    }

    public BooleanBinding canAddIndicator() {
        return Bindings.createBooleanBinding(() -> plan.get() != null && ownerForNewIndicator().isPresent(), selected, plan);
    }

    public BooleanBinding canAddGoal() {
        return Bindings.createBooleanBinding(() -> plan.get() != null && !plan.get().areas().isEmpty(), plan);
    }

    public BooleanBinding canRemove() {
        return Bindings.createBooleanBinding(() -> selected.get() != null && !selected.get().isAssignmentHeading(), selected);
    }

    /** Counts up each time a new row is selected for editing: the view then puts the focus in its form. */
    public IntegerProperty editRequestsProperty() {
        return editRequests;
    }

    public StringProperty givenByProperty() {
        return givenBy;
    }

    public StringProperty directedToProperty() {
        return directedTo;
    }

    public StringProperty dueTextProperty() {
        return dueText;
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
