package se.paragraf.ui.meeting;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import se.paragraf.application.meeting.MeetingDetails;
import se.paragraf.application.meeting.ShowMeeting;
import se.paragraf.application.meeting.ShowParagraph;
import se.paragraf.domain.matter.CaseNumber;
import se.paragraf.domain.meeting.Meeting;
import se.paragraf.domain.meeting.MeetingId;
import se.paragraf.domain.paragraph.Paragraph;
import se.paragraf.domain.paragraph.ParagraphId;
import se.paragraf.ui.Messages;
import se.paragraf.ui.meetings.MeetingsRow;
import se.paragraf.ui.task.BackgroundTask;
import se.paragraf.ui.task.TaskExecutor;

/**
 * One meeting read as its protocol: the header, the list of §§ and the selected § laid out as
 * printed. Reading only; the editable workbench will grow from here.
 */
public final class MeetingViewModel {
    private final ShowMeeting showMeeting;
    private final ShowParagraph showParagraph;
    private final TaskExecutor executor;
    private final List<Paragraph> loaded = new ArrayList<>();
    private final ObservableList<ParagraphItem> paragraphs = FXCollections.observableArrayList();
    private final ObservableList<ParagraphItem> readOnlyParagraphs = FXCollections.unmodifiableObservableList(paragraphs);
    private final ReadOnlyStringWrapper board = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper facts = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper placeholder = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyIntegerWrapper selectedIndex = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyObjectWrapper<ProtocolPage> page = new ReadOnlyObjectWrapper<>(new ProtocolPage(List.of()));
    private final ReadOnlyObjectWrapper<MeetingId> meeting = new ReadOnlyObjectWrapper<>();
    private long loads;
    private se.paragraf.ui.lifecycle.LifecycleViewModel lifecycle;

    public MeetingViewModel(ShowMeeting showMeeting, ShowParagraph showParagraph, TaskExecutor executor) {
        this.showMeeting = showMeeting;
        this.showParagraph = showParagraph;
        this.executor = executor;
    }

    /** Reads the meeting and selects its first §. */
    public void open(MeetingId id) {
        load(Messages.get("meeting.task.load"), () -> showMeeting.show(id), null,
                Messages.get("meeting.notFound"));
    }

    /** Reads the meeting the § belongs to and selects that §. */
    public void openParagraph(ParagraphId id) {
        load(Messages.get("meeting.task.loadParagraph"),
                () -> showParagraph.show(id).flatMap(found -> showMeeting.show(found.meeting().id())), id,
                Messages.get("meeting.paragraphNotFound"));
    }

    private void load(String description, Callable<Optional<MeetingDetails>> work, ParagraphId wanted,
                      String notFound) {
        // A second open while the first still loads (double-click, then a search hit) must win.
        long generation = ++loads;
        clear(Messages.get("meeting.loading"));
        loading.set(true);
        BackgroundTask.wrap(description, work)
                .onSuccess(details -> {
                    if (generation == loads) {
                        loading.set(false);
                        details.ifPresentOrElse(found -> show(found, wanted), () -> clear(notFound));
                    }
                })
                .onFailure(failure -> {
                    if (generation == loads) {
                        loading.set(false);
                        clear(Messages.get("meeting.failed", failure.getMessage()));
                    }
                })
                .executeWith(executor);
    }

    private void clear(String why) {
        loaded.clear();
        paragraphs.clear();
        meeting.set(null);
        board.set("");
        facts.set("");
        placeholder.set(why);
        select(-1);
    }

    private void show(MeetingDetails details, ParagraphId wanted) {
        meeting.set(details.meeting().id());
        board.set(details.board().name());
        facts.set(facts(details));
        loaded.clear();
        loaded.addAll(details.paragraphs());
        paragraphs.setAll(loaded.stream().map(ParagraphItem::of).toList());
        placeholder.set(Messages.get("meeting.noParagraphs"));
        selectedIndex.set(-1);
        int index = wanted == null ? 0 : indexOf(wanted);
        select(Math.max(index, 0));
    }

    private static String facts(MeetingDetails details) {
        Meeting meeting = details.meeting();
        List<String> parts = new ArrayList<>();
        parts.add(Messages.get("meeting.date", meeting.date().toString()));
        Optional.of(MeetingsRow.time(meeting)).filter(time -> !time.isEmpty()).ifPresent(parts::add);
        meeting.meetingPlace().ifPresent(parts::add);
        meeting.minutesCase().map(CaseNumber::compact).map(dnr -> Messages.get("meeting.minutesCase", dnr))
                .ifPresent(parts::add);
        details.paragraphRange().ifPresent(parts::add);
        return String.join("  ·  ", parts);
    }

    private int indexOf(ParagraphId id) {
        for (int i = 0; i < loaded.size(); i++) {
            if (loaded.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    /** Selects the § at {@code index} in the list; out of range selects nothing. */
    public void select(int index) {
        int bounded = index >= 0 && index < loaded.size() ? index : -1;
        selectedIndex.set(bounded);
        page.set(bounded < 0 ? new ProtocolPage(List.of()) : ProtocolPage.of(loaded.get(bounded)));
    }

    /** Down: the next §; stays on the last. */
    public void selectNext() {
        if (!loaded.isEmpty()) {
            select(Math.min(selectedIndex.get() + 1, loaded.size() - 1));
        }
    }

    /** Up: the previous §; stays on the first. */
    public void selectPrevious() {
        if (!loaded.isEmpty()) {
            select(Math.max(selectedIndex.get() - 1, 0));
        }
    }

    public ObservableList<ParagraphItem> paragraphs() {
        return readOnlyParagraphs;
    }

    public Optional<ParagraphItem> selectedParagraph() {
        int index = selectedIndex.get();
        return index < 0 ? Optional.empty() : Optional.of(paragraphs.get(index));
    }

    public ReadOnlyIntegerProperty selectedIndexProperty() {
        return selectedIndex.getReadOnlyProperty();
    }

    /** The selected § as the protocol prints it; no blocks when nothing is selected. */
    public ReadOnlyObjectProperty<ProtocolPage> pageProperty() {
        return page.getReadOnlyProperty();
    }

    /** The meeting shown, null while loading or when it was not found. */
    /** The protocol's lifecycle panel, opened from this view (issue 5); null where it is not wired. */
    public MeetingViewModel withLifecycle(se.paragraf.ui.lifecycle.LifecycleViewModel panel) {
        this.lifecycle = panel;
        return this;
    }

    /** Loads the shown meeting into the lifecycle panel and returns it; empty without a meeting or a panel. */
    public Optional<se.paragraf.ui.lifecycle.LifecycleViewModel> openLifecycle() {
        if (lifecycle == null || meeting.get() == null) {
            return Optional.empty();
        }
        lifecycle.open(meeting.get());
        return Optional.of(lifecycle);
    }

    public ReadOnlyObjectProperty<MeetingId> meetingProperty() {
        return meeting.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty boardProperty() {
        return board.getReadOnlyProperty();
    }

    /** Date, time, place, protocol dnr and §§ range on one line. */
    public ReadOnlyStringProperty factsProperty() {
        return facts.getReadOnlyProperty();
    }

    /** What the list shows while it has no rows: loading, not found, no paragraphs, or why loading failed. */
    public ReadOnlyStringProperty placeholderProperty() {
        return placeholder.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }
}
