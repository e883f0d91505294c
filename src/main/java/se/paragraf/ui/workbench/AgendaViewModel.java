package se.paragraf.ui.workbench;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import se.paragraf.application.agenda.EditAgenda;
import se.paragraf.application.editing.Edit;
import se.paragraf.domain.agenda.Agenda;
import se.paragraf.domain.agenda.AgendaItemId;
import se.paragraf.domain.matter.CaseNumber;
import se.paragraf.domain.matter.Matter;
import se.paragraf.domain.meeting.MeetingId;
import se.paragraf.domain.paragraph.ParagraphId;
import se.paragraf.ui.Messages;

/**
 * The föredragningslista in the workbench: add matters and information items, remove, move
 * (drag and drop, Alt+↑/↓) and number. Each change is one undoable step in the shared
 * {@link EditSession}; the list is read back from the archive after it, so it shows what is stored.
 */
public final class AgendaViewModel {
    private final EditAgenda editAgenda;
    private final EditSession session;
    private final ObservableList<AgendaRow> rows = FXCollections.observableArrayList();
    private final ObservableList<AgendaRow> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final ObservableList<Matter> knownMatters = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper selectedIndex = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyBooleanWrapper numbered = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private Runnable beforeChange = () -> { };
    private Runnable afterChange = () -> { };
    private Consumer<ParagraphId> onOpen = id -> { };
    private MeetingId meeting;
    private boolean readOnly;
    private int pending;
    private boolean updating;

    public AgendaViewModel(EditAgenda editAgenda, EditSession session) {
        this.editAgenda = editAgenda;
        this.session = session;
    }

    /** {@code before} runs before every change (the § editor saves what is typed), {@code after} once it is stored. */
    void onChange(Runnable before, Runnable after) {
        this.beforeChange = before;
        this.afterChange = after;
    }

    /** Called with the § of a numbered item when it is selected. */
    void onOpen(Consumer<ParagraphId> open) {
        this.onOpen = open;
    }

    void open(MeetingId id, boolean readOnly) {
        this.meeting = id;
        this.readOnly = readOnly;
        rows.clear();
        selectedIndex.set(-1);
        reload(null);
        session.read(Messages.get("agenda.task.matters"), editAgenda::knownMatters, knownMatters::setAll, failure -> { });
    }

    /** Reads the agenda again and selects the item {@code keep} (null: keeps the selection's position). */
    void reload(AgendaItemId keep) {
        MeetingId id = meeting;
        AgendaItemId wanted = keep != null ? keep : selected().map(AgendaRow::id).orElse(null);
        session.read(Messages.get("agenda.task.load"), () -> editAgenda.show(id), agenda -> show(agenda, wanted),
                failure -> message.set(Messages.get("agenda.failed", failure.getMessage())));
    }

    private void show(Agenda agenda, AgendaItemId wanted) {
        ParagraphId before = selected().map(AgendaRow::paragraph).orElse(null);
        replaceRows(() -> rows.setAll(agenda.items().stream().map(AgendaRow::of).toList()));
        numbered.set(agenda.isNumbered());
        int index = -1;
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).id().equals(wanted)) {
                index = i;
            }
        }
        selectedIndex.set(index >= 0 ? index : Math.min(selectedIndex.get(), rows.size() - 1));
        // Numbering gives the selected item its §: the editor opens it.
        selected().map(AgendaRow::paragraph).filter(p -> !p.equals(before)).ifPresent(onOpen);
    }

    /**
     * Adds a matter; an empty case number is allowed (not every matter has one). Returns the
     * reason when the case number cannot be read, and adds nothing then.
     */
    public Optional<String> addMatter(String caseNumberText, String title, String proposal) {
        CaseNumber caseNumber = null;
        if (caseNumberText != null && !caseNumberText.isBlank()) {
            Optional<CaseNumber> parsed = CaseNumber.tryParse(caseNumberText);
            if (parsed.isEmpty()) {
                return Optional.of(Messages.get("agenda.badCaseNumber", caseNumberText.strip()));
            }
            caseNumber = parsed.get();
        }
        if (title == null || title.isBlank()) {
            return Optional.of(Messages.get("agenda.titleMissing"));
        }
        CaseNumber known = caseNumber;
        change(() -> editAgenda.add(meeting, editAgenda.newMatter(known, title, proposal)), null);
        return Optional.empty();
    }

    public Optional<String> addInformation(String title) {
        if (title == null || title.isBlank()) {
            return Optional.of(Messages.get("agenda.titleMissing"));
        }
        change(() -> editAgenda.add(meeting, editAgenda.newInformation(title)), null);
        return Optional.empty();
    }

    /** The title of a known matter, for filling in the title when a known case number is typed. */
    public Optional<String> titleOf(String caseNumberText) {
        return CaseNumber.tryParse(caseNumberText).flatMap(c -> knownMatters.stream()
                .filter(m -> m.caseNumber().caseOnly().equals(c.caseOnly())).map(Matter::title).findFirst());
    }

    public void removeSelected() {
        selected().ifPresent(row -> change(() -> editAgenda.remove(meeting, row.id()), null));
    }

    /** Moves the item at {@code from} so that it stands at {@code to} afterwards. */
    public void move(int from, int to) {
        if (from < 0 || from >= rows.size() || to < 0 || to >= rows.size() || from == to) {
            return;
        }
        AgendaRow row = rows.get(from);
        if (readOnly) {
            return;
        }
        // Shown at once, so that Alt+↑ pressed again before the archive answers moves on from here.
        replaceRows(() -> {
            rows.remove(from);
            rows.add(to, row);
        });
        selectedIndex.set(to);
        change(() -> editAgenda.move(meeting, row.id(), to), row.id());
    }

    public void moveSelectedUp() {
        int index = selectedIndex.get();
        move(index, index - 1);
    }

    public void moveSelectedDown() {
        int index = selectedIndex.get();
        move(index, index + 1);
    }

    public void number() {
        if (!rows.isEmpty()) {
            change(() -> editAgenda.number(meeting), null);
        }
    }

    /**
     * A list view moves its selection when its items change; that is not the user choosing
     * another item, so the view ignores selection changes while {@link #updatingRows()}.
     */
    private void replaceRows(Runnable change) {
        updating = true;
        try {
            change.run();
        } finally {
            updating = false;
        }
    }

    public boolean updatingRows() {
        return updating;
    }

    public void select(int index) {
        int bounded = index >= 0 && index < rows.size() ? index : -1;
        selectedIndex.set(bounded);
        selected().map(AgendaRow::paragraph).ifPresent(onOpen);
    }

    private void change(java.util.function.Supplier<Edit> edit, AgendaItemId keep) {
        if (readOnly || meeting == null) {
            return;
        }
        beforeChange.run();
        pending++;
        session.perform(edit, () -> {
            // Read back only after the last of several quick changes, not in between.
            if (--pending == 0) {
                reload(keep);
                afterChange.run();
            }
        });
    }

    public Optional<AgendaRow> selected() {
        int index = selectedIndex.get();
        return index < 0 || index >= rows.size() ? Optional.empty() : Optional.of(rows.get(index));
    }

    public ObservableList<AgendaRow> rows() {
        return readOnlyRows;
    }

    /** The archive's case numbers in compact form, for completion. */
    public List<String> knownCaseNumbers() {
        return knownMatters.stream().map(m -> m.caseNumber().compact()).toList();
    }

    public ReadOnlyIntegerProperty selectedIndexProperty() {
        return selectedIndex.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty numberedProperty() {
        return numbered.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
