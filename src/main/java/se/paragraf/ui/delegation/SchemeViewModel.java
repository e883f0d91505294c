package se.paragraf.ui.delegation;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
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
import se.paragraf.application.delegation.ManageDelegation;
import se.paragraf.application.delegation.PrintDelegationScheme;
import se.paragraf.domain.board.Board;
import se.paragraf.domain.delegation.Adoption;
import se.paragraf.domain.delegation.Delegate;
import se.paragraf.domain.delegation.DelegateKind;
import se.paragraf.domain.delegation.DelegationRule;
import se.paragraf.domain.delegation.DelegationScheme;
import se.paragraf.domain.delegation.NonDelegableClassifier;
import se.paragraf.domain.delegation.NonDelegableFinding;
import se.paragraf.domain.delegation.NonDelegableGround;
import se.paragraf.domain.delegation.SchemeHistory;
import se.paragraf.domain.paragraph.ParagraphNumber;
import se.paragraf.domain.shared.DomainException;
import se.paragraf.ui.Messages;
import se.paragraf.ui.task.BackgroundTask;
import se.paragraf.ui.task.TaskExecutor;

/**
 * Delegationsordning: a board's versions, the rules of the chosen version with their KL 6 kap.
 * 38 § flags, and the form that adds or changes a rule. The flag of the matter kind being typed
 * shows at once, before saving, so the secretary sees it while she writes.
 */
public final class SchemeViewModel {
    private final ManageDelegation manage;
    private final PrintDelegationScheme print;
    private final TaskExecutor executor;

    private final ObjectProperty<Board> board = new SimpleObjectProperty<>();
    private final ObservableList<DelegationScheme> versions = FXCollections.observableArrayList();
    private final ObjectProperty<DelegationScheme> version = new SimpleObjectProperty<>();
    private final ObservableList<RuleRow> rules = FXCollections.observableArrayList();
    private SchemeHistory history = new SchemeHistory(List.of());

    private String editing;
    private final StringProperty code = new SimpleStringProperty("");
    private final StringProperty matterKind = new SimpleStringProperty("");
    private final ObjectProperty<DelegateKind> delegateKind = new SimpleObjectProperty<>(DelegateKind.ROLE);
    private final StringProperty delegateName = new SimpleStringProperty("");
    private final StringProperty substitute = new SimpleStringProperty("");
    private final StringProperty amount = new SimpleStringProperty("");
    private final StringProperty scope = new SimpleStringProperty("");
    private final StringProperty legalBasis = new SimpleStringProperty("");
    private final BooleanProperty further = new SimpleBooleanProperty(false);
    private final BooleanProperty mustReport = new SimpleBooleanProperty(true);
    private final ObjectProperty<NonDelegableGround> declared = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper liveFlag = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public SchemeViewModel(ManageDelegation manage, PrintDelegationScheme print, TaskExecutor executor) {
        this.manage = manage;
        this.print = print;
        this.executor = executor;
        matterKind.addListener((o, was, now) -> liveFlag.set(NonDelegableClassifier.classify(now).stream()
                .map(NonDelegableFinding::explanation).collect(Collectors.joining("\n"))));
        version.addListener((o, was, now) -> showRules(now));
    }

    /** Loads the board's versions and shows the one valid today, or the newest. */
    public void load(Board newBoard) {
        board.set(newBoard);
        if (newBoard == null) {
            versions.clear();
            return;
        }
        BackgroundTask.wrap(Messages.get("delegation.task.loadScheme"), () -> manage.history(newBoard.id()))
                .onSuccess(loaded -> show(loaded, null))
                .executeWith(executor);
    }

    private void show(SchemeHistory loaded, DelegationScheme select) {
        history = loaded;
        List<DelegationScheme> newestFirst = new java.util.ArrayList<>(loaded.versions());
        java.util.Collections.reverse(newestFirst);
        versions.setAll(newestFirst);
        DelegationScheme chosen = select != null ? versions.stream().filter(v -> v.id().equals(select.id())).findFirst()
                .orElse(select) : loaded.validOn(LocalDate.now()).or(loaded::latest).orElse(null);
        version.set(chosen);
        showRules(chosen);
    }

    private void showRules(DelegationScheme scheme) {
        rules.setAll(scheme == null ? List.of() : scheme.rules().stream().map(RuleRow::new).toList());
    }

    /** "Version 2: gäller från 2025-06-01, antagen 2025-05-20, § 99". */
    public String describe(DelegationScheme scheme) {
        String until = history.validUntil(scheme).map(d -> Messages.get("delegation.version.until", d.toString())).orElse("");
        return Messages.get("delegation.version", scheme.version(), scheme.validFrom().toString(), until,
                scheme.adoption().cited());
    }

    public void adopt(LocalDate adoptedOn, String paragraph, LocalDate validFrom) {
        Board b = board.get();
        try {
            if (b == null || adoptedOn == null || validFrom == null) {
                throw new DomainException(Messages.get("delegation.adopt.missing"));
            }
            Adoption adoption = new Adoption(adoptedOn, paragraph == null || paragraph.isBlank() ? null
                    : ParagraphNumber.parse(paragraph));
            run(Messages.get("delegation.task.adopt"), () -> {
                DelegationScheme adopted = manage.adopt(b.id(), adoption, validFrom);
                return new Saved(manage.history(b.id()), adopted);
            }, Messages.get("delegation.adopted"));
        } catch (DomainException e) {
            message.set(e.getMessage());
        }
    }

    /** Fills the form with a rule to change. */
    public void edit(RuleRow row) {
        if (row == null) {
            return;
        }
        DelegationRule r = row.rule();
        editing = r.code();
        code.set(r.code());
        matterKind.set(r.matterKind());
        delegateKind.set(r.delegate().kind());
        delegateName.set(r.delegate().name());
        substitute.set(r.substituteRole().orElse(""));
        amount.set(r.amountLimit() == null ? "" : Long.toString(r.amountLimit()));
        scope.set(r.scope() == null ? "" : r.scope());
        legalBasis.set(r.legalBasis() == null ? "" : r.legalBasis());
        further.set(r.furtherDelegation());
        mustReport.set(r.mustReport());
        declared.set(r.declaredNonDelegable());
        message.set("");
    }

    public void newRule() {
        editing = null;
        for (StringProperty p : List.of(code, matterKind, delegateName, substitute, amount, scope, legalBasis)) {
            p.set("");
        }
        delegateKind.set(DelegateKind.ROLE);
        further.set(false);
        mustReport.set(true);
        declared.set(null);
        message.set("");
    }

    public void saveRule() {
        DelegationScheme scheme = version.get();
        try {
            if (scheme == null) {
                throw new DomainException(Messages.get("delegation.rule.noVersion"));
            }
            DelegationRule rule = formRule();
            String old = editing;
            run(Messages.get("delegation.task.saveRule"), () -> {
                DelegationScheme saved = manage.saveRule(scheme.id(), old, rule);
                return new Saved(manage.history(scheme.board()), saved);
            }, rule.isFlaggedNonDelegable() ? Messages.get("delegation.rule.savedFlagged", rule.code())
                    : Messages.get("delegation.rule.saved", rule.code()));
            editing = rule.code();
        } catch (DomainException e) {
            message.set(e.getMessage());
        }
    }

    public void removeRule(RuleRow row) {
        DelegationScheme scheme = version.get();
        if (scheme == null || row == null) {
            return;
        }
        run(Messages.get("delegation.task.saveRule"), () -> {
            DelegationScheme saved = manage.removeRule(scheme.id(), row.code());
            return new Saved(manage.history(scheme.board()), saved);
        }, Messages.get("delegation.rule.removed", row.code()));
        newRule();
    }

    /** Writes the chosen version as PDF/A. */
    public void printTo(Path file) {
        DelegationScheme scheme = version.get();
        if (scheme == null) {
            return;
        }
        BackgroundTask.wrap(Messages.get("delegation.task.print"), () -> {
            try (OutputStream out = Files.newOutputStream(file)) {
                print.write(scheme.id(), out);
            }
            return file;
        }).onSuccess(f -> message.set(Messages.get("delegation.printed", f.getFileName())))
                .onFailure(e -> message.set(e instanceof DomainException ? e.getMessage()
                        : Messages.get("delegation.printFailed", file.getFileName())))
                .executeWith(executor);
    }

    private record Saved(SchemeHistory history, DelegationScheme scheme) {
    }

    private void run(String description, java.util.concurrent.Callable<Saved> work, String done) {
        BackgroundTask.wrap(description, work)
                .onSuccess(saved -> {
                    show(saved.history(), saved.scheme());
                    message.set(done);
                })
                .onFailure(e -> message.set(e instanceof DomainException ? e.getMessage()
                        : Messages.get("delegation.saveFailed")))
                .executeWith(executor);
    }

    private DelegationRule formRule() {
        Long limit = null;
        if (!amount.get().isBlank()) {
            try {
                limit = Long.parseLong(amount.get().replaceAll("[\\s\u00a0]", "").replace("kr", ""));
            } catch (NumberFormatException e) {
                throw new DomainException(Messages.get("delegation.rule.badAmount", amount.get()));
            }
        }
        Delegate delegate = delegateKind.get() == DelegateKind.CHAIR && delegateName.get().isBlank() ? Delegate.chair()
                : new Delegate(delegateKind.get(), delegateName.get());
        return new DelegationRule(code.get(), matterKind.get(), delegate, substitute.get(), limit, scope.get(),
                legalBasis.get(), further.get(), mustReport.get(), declared.get());
    }

    public ObservableList<DelegationScheme> versions() {
        return versions;
    }

    public ObjectProperty<DelegationScheme> versionProperty() {
        return version;
    }

    public ObservableList<RuleRow> rules() {
        return rules;
    }

    public StringProperty codeProperty() {
        return code;
    }

    public StringProperty matterKindProperty() {
        return matterKind;
    }

    public ObjectProperty<DelegateKind> delegateKindProperty() {
        return delegateKind;
    }

    public StringProperty delegateNameProperty() {
        return delegateName;
    }

    public StringProperty substituteProperty() {
        return substitute;
    }

    public StringProperty amountProperty() {
        return amount;
    }

    public StringProperty scopeProperty() {
        return scope;
    }

    public StringProperty legalBasisProperty() {
        return legalBasis;
    }

    public BooleanProperty furtherProperty() {
        return further;
    }

    public BooleanProperty mustReportProperty() {
        return mustReport;
    }

    public ObjectProperty<NonDelegableGround> declaredProperty() {
        return declared;
    }

    public ReadOnlyStringProperty liveFlagProperty() {
        return liveFlag.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
