package se.paragraf.ui.workbench;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import se.paragraf.application.editing.Edit;
import se.paragraf.application.editing.EditParagraph;
import se.paragraf.domain.minutes.Finding;
import se.paragraf.domain.minutes.MinutesValidator;
import se.paragraf.domain.paragraph.Paragraph;
import se.paragraf.domain.paragraph.ParagraphId;
import se.paragraf.domain.shared.DomainException;
import se.paragraf.ui.Messages;

/**
 * The § being edited. Typing in one field is gathered into one undoable step (a "burst") that
 * is stored when typing pauses ({@link Debouncer}: autosave), when another field is edited,
 * and before any structural change, undo or agenda change. A value the domain refuses while
 * it is being typed (an empty att-sats, a half-written OSL reference) is reported in
 * {@link #inputErrors()} and the § keeps its last valid value: typing is never blocked.
 * The verbs for each part of the § are in {@link ParagraphEdits}.
 */
public final class ParagraphEditorViewModel {
    static final Duration QUIET = Duration.ofMillis(1500);
    static final Duration LONGEST = Duration.ofSeconds(5);

    private final EditParagraph editParagraph;
    private final EditSession session;
    private final Debouncer autosave;
    private final ReadOnlyObjectWrapper<Paragraph> shown = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Paragraph> typed = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper readOnly = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper readOnlyReason = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper placeholder = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper saveRefused = new ReadOnlyStringWrapper("");
    private final ObservableList<Finding> findings = FXCollections.observableArrayList();
    private final ObservableMap<String, String> inputErrors = FXCollections.observableHashMap();
    private final ParagraphEdits edits = new ParagraphEdits(this);
    private WorkbenchContext context;
    private Paragraph current;
    private Paragraph stored;
    private String burstField;
    private String burstDescription;
    private long loads;

    public ParagraphEditorViewModel(EditParagraph editParagraph, EditSession session, Scheduler scheduler, Clock clock) {
        this.editParagraph = editParagraph;
        this.session = session;
        this.autosave = new Debouncer(scheduler, clock, QUIET, LONGEST, this::commitPending);
        placeholder.set(Messages.get("editor.noParagraph"));
    }

    void context(WorkbenchContext newContext) {
        this.context = newContext;
        readOnly.set(newContext.readOnly());
        readOnlyReason.set(newContext.readOnly() ? Messages.get("editor.readOnly",
                newContext.draft().attendance().officers().adjustedOn().toString()) : "");
        revalidate();
    }

    /** Saves what is typed in the § shown, then reads {@code id} (queued behind that save). */
    public void open(ParagraphId id) {
        if (current != null && current.id().equals(id)) {
            return;
        }
        commitPending();
        load(id);
    }

    /** Reads the § shown again, e.g. after undo or an agenda change renumbered it. */
    public void reload() {
        if (current != null) {
            commitPending();
            load(current.id());
        }
    }

    private void load(ParagraphId id) {
        long generation = ++loads;
        session.read(Messages.get("editor.task.load"), () -> editParagraph.load(id), found -> {
            if (generation != loads) {
                return;
            }
            if (burstField != null && current != null && found.filter(f -> f.id().equals(current.id())).isPresent()) {
                // Typed while an agenda change was being stored: the keystrokes stay, under the § number
                // the archive now has, and are saved as the next step.
                stored = found.get();
                current = current.renumber(stored.number());
                autosave.request();
                revalidate();
                return;
            }
            inputErrors.clear();
            saveRefused.set("");
            current = found.orElse(null);
            stored = current;
            burstField = null;
            placeholder.set(found.isPresent() ? "" : Messages.get("editor.paragraphGone"));
            shown.set(current);
            revalidate();
        }, failure -> placeholder.set(Messages.get("editor.loadFailed", failure.getMessage())));
    }

    /** Shows nothing: the selected agenda item has no § yet. */
    void clear(String why) {
        commitPending();
        loads++;
        current = null;
        stored = null;
        shown.set(null);
        placeholder.set(why);
        findings.clear();
    }

    /**
     * A change while typing in {@code field}: gathered with the field's earlier keystrokes into
     * one undoable step, saved when typing pauses.
     */
    void type(String field, String description, UnaryOperator<Paragraph> change) {
        if (!editable()) {
            return;
        }
        if (burstField != null && !burstField.equals(field)) {
            commitPending();
        }
        Optional<Paragraph> next = attempt(field, change);
        if (next.isEmpty()) {
            return;
        }
        if (burstField == null) {
            burstField = field;
            burstDescription = description;
        }
        current = next.get();
        autosave.request();
        revalidate();
    }

    /** A change of the §'s structure (a row added, moved or removed): one undoable step at once, and the form follows. */
    void change(String field, String description, UnaryOperator<Paragraph> change) {
        if (!editable()) {
            return;
        }
        commitPending();
        Optional<Paragraph> next = attempt(field, change);
        if (next.isEmpty() || next.get().equals(current)) {
            return;
        }
        store(description, stored, next.get());
        shown.set(current);
        revalidate();
    }

    /** A step made of more than one save (attaching a file numbers all bilagor): built off the FX thread. */
    void perform(Function<Paragraph, Edit> edit) {
        if (!editable()) {
            return;
        }
        commitPending();
        Paragraph before = current;
        session.perform(() -> edit.apply(before), this::reload);
    }

    private Optional<Paragraph> attempt(String field, UnaryOperator<Paragraph> change) {
        try {
            Paragraph next = change.apply(current);
            inputErrors.remove(field);
            return Optional.of(next);
        } catch (DomainException e) {
            inputErrors.put(field, e.getMessage());
            return Optional.empty();
        }
    }

    /** Stores the typing gathered so far as one undoable step; called by autosave and before anything else. */
    public void commitPending() {
        autosave.cancel();
        if (current == null || burstField == null) {
            return;
        }
        String description = burstDescription;
        burstField = null;
        if (!current.equals(stored)) {
            store(description, stored, current);
        }
    }

    /**
     * Stores one step. When the archive refuses it (someone else saved the § in between, ADR
     * 0019, or the protocol was justerat meanwhile), the message is shown in {@link
     * #saveRefusedProperty()}, and what was typed stays in the editor, unsaved, until the
     * secretary reloads the § ({@link #reloadFromArchive()}): nothing typed is dropped silently.
     */
    private void store(String description, Paragraph before, Paragraph after) {
        current = after;
        stored = after;
        ParagraphId id = after.id();
        boolean[] refused = {false};
        session.perform(() -> editParagraph.edit(description, before, p -> after), () -> {
            if (!refused[0] && current != null && current.id().equals(id)) {
                saveRefused.set("");
            }
        }, failure -> {
            refused[0] = true;
            if (current == null || !current.id().equals(id)) {
                return;
            }
            saveRefused.set(failure.getMessage() == null ? Messages.get("editor.saveRefused") : failure.getMessage());
            if (stored == after) {
                // Still unsaved: the next pause in typing tries again, and the text is never taken as stored.
                stored = before;
                if (burstField == null) {
                    burstField = "refused";
                    burstDescription = description;
                }
            }
        });
    }

    /**
     * Reads the § as the archive holds it now, dropping what could not be saved: the secretary's
     * answer to a refused save ("Ladda om och gör om ändringen").
     */
    public void reloadFromArchive() {
        if (current == null) {
            return;
        }
        autosave.cancel();
        burstField = null;
        stored = null;
        saveRefused.set("");
        load(current.id());
    }

    private void revalidate() {
        typed.set(current);
        if (context == null || current == null) {
            findings.clear();
            return;
        }
        List<Finding> all = new ArrayList<>(MinutesValidator.validate(context.draftWith(current)));
        findings.setAll(all.stream().filter(f -> Objects.equals(f.paragraph(), current.number())).toList());
    }

    private boolean editable() {
        return current != null && !readOnly.get();
    }

    /** The § with everything typed so far (saved or not). */
    public Paragraph paragraph() {
        return current;
    }

    public ParagraphEdits edits() {
        return edits;
    }

    public WorkbenchContext context() {
        return context;
    }

    /** Set when the form must be built anew: another § opened, a row added or removed, undo. Not on each keystroke. */
    public ReadOnlyObjectProperty<Paragraph> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** The § as typed, on every keystroke: for the rendered preview of the decision. */
    public ReadOnlyObjectProperty<Paragraph> typedProperty() {
        return typed.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty readOnlyProperty() {
        return readOnly.getReadOnlyProperty();
    }

    /** Why the § cannot be edited, in Swedish; empty when it can. */
    public ReadOnlyStringProperty readOnlyReasonProperty() {
        return readOnlyReason.getReadOnlyProperty();
    }

    /** Why the last change of this § could not be saved, in Swedish; empty when it was. */
    public ReadOnlyStringProperty saveRefusedProperty() {
        return saveRefused.getReadOnlyProperty();
    }

    /** What the editor shows instead of a §. */
    public ReadOnlyStringProperty placeholderProperty() {
        return placeholder.getReadOnlyProperty();
    }

    /** The validator's findings for this § as typed, for decorations and the findings list. */
    public ObservableList<Finding> findings() {
        return findings;
    }

    /** Field key to the reason the value typed there could not be taken; the field shows it as a decoration. */
    public ObservableMap<String, String> inputErrors() {
        return inputErrors;
    }
}
