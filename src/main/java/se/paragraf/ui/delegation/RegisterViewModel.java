package se.paragraf.ui.delegation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
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
import se.paragraf.application.delegation.DecisionForm;
import se.paragraf.application.delegation.ImportDelegatedDecisions;
import se.paragraf.application.delegation.ImportResult;
import se.paragraf.application.delegation.RegisterDelegatedDecisions;
import se.paragraf.application.delegation.RegisterFilter;
import se.paragraf.domain.board.Board;
import se.paragraf.domain.matter.CaseNumber;
import se.paragraf.domain.shared.DomainException;
import se.paragraf.ui.Messages;
import se.paragraf.ui.search.Choice;
import se.paragraf.ui.task.BackgroundTask;
import se.paragraf.ui.task.TaskExecutor;

/**
 * The register of delegated decisions of one board: filtered by period and by reported or not,
 * with flags; an entry form and the import of an official's CSV file.
 */
public final class RegisterViewModel {
    private final RegisterDelegatedDecisions register;
    private final ImportDelegatedDecisions importer;
    private final TaskExecutor executor;

    private final ObjectProperty<Board> board = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final List<Choice<Boolean>> statusChoices = List.of(
            new Choice<>(null, Messages.get("delegation.filter.all")),
            new Choice<>(Boolean.FALSE, Messages.get("delegation.filter.unreported")),
            new Choice<>(Boolean.TRUE, Messages.get("delegation.filter.reported")));
    private final ObjectProperty<Choice<Boolean>> status = new SimpleObjectProperty<>(statusChoices.get(0));
    private final ObservableList<RegisterRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");

    private final StringProperty rule = new SimpleStringProperty("");
    private final StringProperty person = new SimpleStringProperty("");
    private final StringProperty role = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> decidedOn = new SimpleObjectProperty<>();
    private final StringProperty caseNumber = new SimpleStringProperty("");
    private final StringProperty description = new SimpleStringProperty("");
    private final BooleanProperty appealable = new SimpleBooleanProperty(true);
    private final BooleanProperty urgent = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public RegisterViewModel(RegisterDelegatedDecisions register, ImportDelegatedDecisions importer,
                             TaskExecutor executor) {
        this.register = register;
        this.importer = importer;
        this.executor = executor;
        from.addListener((o, was, now) -> reload());
        to.addListener((o, was, now) -> reload());
        status.addListener((o, was, now) -> reload());
    }

    public void load(Board newBoard) {
        board.set(newBoard);
        reload();
    }

    public void reload() {
        Board b = board.get();
        if (b == null) {
            rows.clear();
            return;
        }
        RegisterFilter filter = new RegisterFilter(b.id(), from.get(), to.get(), status.get().value());
        BackgroundTask.wrap(Messages.get("delegation.task.loadRegister"), () -> register.list(filter))
                .onSuccess(entries -> {
                    rows.setAll(entries.stream().map(RegisterRow::new).toList());
                    long unreported = rows.stream().filter(RegisterRow::unreported).count();
                    long faults = rows.stream().filter(RegisterRow::hasFault).count();
                    summary.set(Messages.get("delegation.register.summary", rows.size(), unreported, faults));
                })
                .executeWith(executor);
    }

    /** Whether the form can be saved: what the entry form's validation also marks. */
    public String problem() {
        if (rule.get().isBlank()) {
            return Messages.get("delegation.form.ruleMissing");
        }
        if (person.get().isBlank() || role.get().isBlank()) {
            return Messages.get("delegation.form.personMissing");
        }
        if (decidedOn.get() == null) {
            return Messages.get("delegation.form.dateMissing");
        }
        if (!caseNumber.get().isBlank() && CaseNumber.tryParse(caseNumber.get()).isEmpty()) {
            return Messages.get("delegation.form.badCaseNumber", caseNumber.get());
        }
        if (description.get().isBlank()) {
            return Messages.get("delegation.form.descriptionMissing");
        }
        return null;
    }

    public void registerDecision() {
        Board b = board.get();
        String problem = b == null ? Messages.get("delegation.form.noBoard") : problem();
        if (problem != null) {
            message.set(problem);
            return;
        }
        DecisionForm form = new DecisionForm(rule.get().strip(), person.get(), role.get(), decidedOn.get(),
                caseNumber.get().isBlank() ? null : CaseNumber.parse(caseNumber.get()), description.get(),
                appealable.get(), urgent.get());
        BackgroundTask.wrap(Messages.get("delegation.task.register"), () -> register.register(b.id(), form))
                .onSuccess(entry -> {
                    message.set(entry.hasFault() ? Messages.get("delegation.registeredFlagged",
                            new RegisterRow(entry).flags()) : Messages.get("delegation.registered"));
                    caseNumber.set("");
                    description.set("");
                    urgent.set(false);
                    reload();
                })
                .onFailure(e -> message.set(e instanceof DomainException ? e.getMessage()
                        : Messages.get("delegation.saveFailed")))
                .executeWith(executor);
    }

    /** Imports the file whole or not at all; the message lists the faulty lines when there are any. */
    public void importFile(Path file) {
        Board b = board.get();
        if (b == null) {
            message.set(Messages.get("delegation.form.noBoard"));
            return;
        }
        BackgroundTask.wrap(Messages.get("delegation.task.import"), () -> importer.importCsv(b.id(), Files.readAllBytes(file)))
                .onSuccess((ImportResult result) -> {
                    message.set(Messages.get("delegation.imported", result.imported().size(), result.flagged()));
                    reload();
                })
                .onFailure(e -> message.set(e instanceof DomainException ? e.getMessage()
                        : Messages.get("delegation.importFailed", file.getFileName())))
                .executeWith(executor);
    }

    public List<Choice<Boolean>> statusChoices() {
        return statusChoices;
    }

    public ObjectProperty<Choice<Boolean>> statusProperty() {
        return status;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ObservableList<RegisterRow> rows() {
        return rows;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public StringProperty ruleProperty() {
        return rule;
    }

    public StringProperty personProperty() {
        return person;
    }

    public StringProperty roleProperty() {
        return role;
    }

    public ObjectProperty<LocalDate> decidedOnProperty() {
        return decidedOn;
    }

    public StringProperty caseNumberProperty() {
        return caseNumber;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    public BooleanProperty appealableProperty() {
        return appealable;
    }

    public BooleanProperty urgentProperty() {
        return urgent;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
