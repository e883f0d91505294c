package se.paragraf.ui.lifecycle;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import se.paragraf.application.Services;
import se.paragraf.application.adjustment.DispatchLine;
import se.paragraf.domain.adjustment.Correction;
import se.paragraf.domain.adjustment.LifecycleDeadlines;
import se.paragraf.domain.adjustment.LifecycleWarning;
import se.paragraf.domain.adjustment.MinutesLifecycle;
import se.paragraf.domain.adjustment.MinutesStatus;
import se.paragraf.domain.adjustment.NoticeFacts;
import se.paragraf.domain.adjustment.SignerRole;
import se.paragraf.domain.meeting.MeetingId;
import se.paragraf.domain.shared.DomainException;
import se.paragraf.ui.Messages;
import se.paragraf.ui.task.BackgroundTask;
import se.paragraf.ui.task.TaskExecutor;

/**
 * The legal path of one meeting's protocol: status, deadlines with warnings, and the steps
 * (klar för justering, justera on paper, anslå, ta ned), corrections and what is still to be
 * dispatched. Every step goes through the use cases; a refusal is shown as the panel's message.
 */
public final class LifecycleViewModel {
    private final Services services;
    private final TaskExecutor executor;
    private final Clock clock;
    private final ReadOnlyObjectWrapper<MinutesLifecycle> lifecycle = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper dispatchSummary = new ReadOnlyStringWrapper("");
    private final ObservableList<String> deadlines = FXCollections.observableArrayList();
    private final ObservableList<String> warnings = FXCollections.observableArrayList();
    private final ObservableList<String> corrections = FXCollections.observableArrayList();
    private final ObservableList<String> undelivered = FXCollections.observableArrayList();
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<NoticeFacts> notice = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper noticeProposal = new ReadOnlyStringWrapper("");
    private final StringProperty signers = new SimpleStringProperty("");
    private final StringProperty keptAt = new SimpleStringProperty("");
    private final StringProperty correctionReason = new SimpleStringProperty("");
    private final StringProperty correctionText = new SimpleStringProperty("");
    private final StringProperty correctionParagraph = new SimpleStringProperty("");
    private MeetingId meeting;

    public LifecycleViewModel(Services services, TaskExecutor executor, Clock clock) {
        this.services = services;
        this.executor = executor;
        this.clock = clock;
        date.set(LocalDate.now(clock));
        date.addListener((o, was, now) -> updateNotice());
        keptAt.addListener((o, was, now) -> updateNotice());
    }

    /**
     * The anslag's legal facts ({@link NoticeFacts}), the same value the notice, the minutes, the
     * extracts and the command line print: the recorded ones once anslaget; before that, while the
     * protocol is justerat, the proposal for posting on the chosen day at the place typed.
     */
    private void updateNotice() {
        MinutesLifecycle l = lifecycle.get();
        Optional<NoticeFacts> facts = l == null ? Optional.empty()
                : l.postedOn() != null ? NoticeFacts.recorded(l)
                : l.status() == MinutesStatus.ADJUSTED ? NoticeFacts.of(l, date.get(), keptAt.get()) : Optional.empty();
        notice.set(facts.orElse(null));
        noticeProposal.set(facts.filter(f -> !f.recorded()).map(f -> Messages.get("lifecycle.notice.proposal",
                f.postedOn(), f.lastDayOfAppeal(), f.takeDownOn())).orElse(""));
    }

    /** Loads the meeting's lifecycle, corrections and dispatch status. */
    public void open(MeetingId id) {
        meeting = id;
        message.set("");
        date.set(LocalDate.now(clock));
        run(Messages.get("lifecycle.task.load"), () -> services.adjustMinutes().lifecycle(id));
    }

    public void markReady() {
        run(Messages.get("lifecycle.task.ready"), () -> services.adjustMinutes().readyForAdjustment(meeting, date.get()));
    }

    /**
     * Paper justering on the chosen day: the names typed (ordförande first, then the justerare)
     * are recorded as ink signatures, then the protocol is justerat.
     */
    public void adjustOnPaper() {
        List<String> names = names();
        LocalDate on = date.get();
        run(Messages.get("lifecycle.task.adjust"), () -> {
            if (names.isEmpty()) {
                throw new DomainException(Messages.get("lifecycle.signers.missing"));
            }
            return services.adjustMinutes().adjust(meeting, on, names);
        });
    }

    public void post() {
        String where = keptAt.get();
        run(Messages.get("lifecycle.task.post"), () -> {
            services.postNotice().post(meeting, date.get(), null, where);
            return services.adjustMinutes().lifecycle(meeting);
        });
    }

    public void takeDown() {
        run(Messages.get("lifecycle.task.takeDown"), () -> services.postNotice().takeDown(meeting, date.get()));
    }

    /** A rättelse of the § whose number is typed, or of the whole protocol when none is. */
    public void correct() {
        String reason = correctionReason.get();
        String text = correctionText.get();
        String number = correctionParagraph.get();
        MeetingId id = meeting;
        run(Messages.get("lifecycle.task.correct"), () -> {
            services.correctMinutes().correctNumbered(id, number, reason, text);
            return services.adjustMinutes().lifecycle(id);
        });
    }

    private List<String> names() {
        List<String> names = new ArrayList<>();
        for (String name : signers.get().split(",")) {
            if (!name.isBlank()) {
                names.add(name.strip());
            }
        }
        return names;
    }

    private void run(String description, Callable<MinutesLifecycle> step) {
        MeetingId id = meeting;
        BackgroundTask.wrap(description, () -> new Loaded(step.call(), services.correctMinutes().corrections(id),
                        services.dispatchExtracts().status(id)))
                .onSuccess(loaded -> {
                    if (id.equals(meeting)) {
                        show(loaded);
                    }
                })
                .onFailure(failure -> message.set(failure instanceof DomainException
                        ? failure.getMessage() : Messages.get("lifecycle.failed")))
                .executeWith(executor);
    }

    private record Loaded(MinutesLifecycle lifecycle, List<Correction> corrections, List<DispatchLine> dispatch) {
    }

    private void show(Loaded loaded) {
        MinutesLifecycle l = loaded.lifecycle();
        lifecycle.set(l);
        message.set("");
        status.set(statusText(l.status()));
        LifecycleDeadlines d = l.deadlines();
        List<String> lines = new ArrayList<>();
        lines.add(Messages.get("lifecycle.deadline.adjustBy", d.adjustBy()));
        if (l.adjustedOn() != null) {
            lines.add(Messages.get("lifecycle.deadline.adjusted", l.adjustedOn()));
            lines.add(Messages.get("lifecycle.deadline.postBy", d.postBy()));
        }
        NoticeFacts.recorded(l).ifPresent(n -> {
            lines.add(Messages.get("lifecycle.deadline.posted", n.postedOn()));
            lines.add(Messages.get("lifecycle.deadline.appeal", n.lastDayOfAppeal()));
            lines.add(Messages.get("lifecycle.deadline.takeDown", n.takeDownOn()));
            lines.add(Messages.get("lifecycle.deadline.keptAt", n.keptAt()));
        });
        deadlines.setAll(lines);
        updateNotice();
        warnings.setAll(l.warnings(LocalDate.now(clock)).stream().map(LifecycleViewModel::warning).toList());
        corrections.setAll(loaded.corrections().stream().map(c -> Messages.get("lifecycle.correction",
                c.madeAt().toLocalDate(), c.madeBy(), c.reason(), c.text())).toList());
        List<DispatchLine> open = loaded.dispatch().stream().filter(line -> line.sent().isEmpty()).toList();
        dispatchSummary.set(Messages.get("dispatch.summary", loaded.dispatch().size() - open.size(),
                loaded.dispatch().size()));
        undelivered.setAll(open.stream().map(line -> Messages.get("dispatch.undelivered", line.number(),
                line.recipient())).toList());
        correctionReason.set("");
        correctionText.set("");
        correctionParagraph.set("");
    }

    static String statusText(MinutesStatus s) {
        return switch (s) {
            case DRAFT -> Messages.get("lifecycle.status.draft");
            case READY_FOR_ADJUSTMENT -> Messages.get("lifecycle.status.ready");
            case ADJUSTED -> Messages.get("lifecycle.status.adjusted");
            case POSTED -> Messages.get("lifecycle.status.posted");
            case APPEAL_PERIOD_OVER -> Messages.get("lifecycle.status.over");
        };
    }

    private static String warning(LifecycleWarning w) {
        return switch (w.kind()) {
            case ADJUSTMENT_DUE_SOON -> Messages.get("lifecycle.warning.adjustSoon", w.day());
            case ADJUSTMENT_OVERDUE -> Messages.get("lifecycle.warning.adjustOverdue", w.day());
            case ADJUSTED_LATE -> Messages.get("lifecycle.warning.adjustedLate", w.day());
            case POSTING_DUE -> Messages.get("lifecycle.warning.postingDue", w.day());
            case POSTED_LATE -> Messages.get("lifecycle.warning.postedLate", w.day());
            case APPEAL_PERIOD_ENDED -> Messages.get("lifecycle.warning.appealEnded", w.day());
        };
    }

    public boolean canMarkReady() {
        return is(MinutesStatus.DRAFT);
    }

    public boolean canAdjust() {
        return is(MinutesStatus.READY_FOR_ADJUSTMENT);
    }

    public boolean canPost() {
        return is(MinutesStatus.ADJUSTED);
    }

    public boolean canTakeDown() {
        return is(MinutesStatus.POSTED);
    }

    public boolean canCorrect() {
        return lifecycle.get() != null && lifecycle.get().isLocked();
    }

    private boolean is(MinutesStatus s) {
        return lifecycle.get() != null && lifecycle.get().status() == s;
    }

    public ReadOnlyObjectProperty<MinutesLifecycle> lifecycleProperty() {
        return lifecycle.getReadOnlyProperty();
    }

    /** The anslag's legal facts: recorded once anslaget, else the proposal; null before justering. */
    public ReadOnlyObjectProperty<NoticeFacts> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** Before anslag: what posting on the chosen day would give, in words; empty otherwise. */
    public ReadOnlyStringProperty noticeProposalProperty() {
        return noticeProposal.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty dispatchSummaryProperty() {
        return dispatchSummary.getReadOnlyProperty();
    }

    public ObservableList<String> deadlines() {
        return deadlines;
    }

    public ObservableList<String> warnings() {
        return warnings;
    }

    public ObservableList<String> corrections() {
        return corrections;
    }

    public ObservableList<String> undelivered() {
        return undelivered;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public StringProperty signersProperty() {
        return signers;
    }

    public StringProperty keptAtProperty() {
        return keptAt;
    }

    public StringProperty correctionReasonProperty() {
        return correctionReason;
    }

    public StringProperty correctionTextProperty() {
        return correctionText;
    }

    /** The number of the § a rättelse concerns; empty for the whole protocol. */
    public StringProperty correctionParagraphProperty() {
        return correctionParagraph;
    }
}
