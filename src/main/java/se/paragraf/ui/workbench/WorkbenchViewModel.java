package se.paragraf.ui.workbench;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import se.paragraf.application.Services;
import se.paragraf.application.board.ManageBoards;
import se.paragraf.application.editing.EditPhraseLibrary;
import se.paragraf.application.meeting.ValidateMeeting;
import se.paragraf.domain.board.Board;
import se.paragraf.domain.meeting.MeetingId;
import se.paragraf.domain.minutes.MinutesDraft;
import se.paragraf.domain.paragraph.ParagraphId;
import se.paragraf.ui.Messages;
import se.paragraf.ui.task.TaskExecutor;

/**
 * The secretary's workbench for one meeting: the föredragningslista, the § editor and (later)
 * the side panel, sharing one undo history. Ctrl+Z undoes the newest step wherever it was made.
 */
public final class WorkbenchViewModel {
    private final ValidateMeeting validateMeeting;
    private final EditPhraseLibrary phrases;
    private final ManageBoards boards;
    private final EditSession session;
    private final AgendaViewModel agenda;
    private final ParagraphEditorViewModel editor;
    private final AttachmentEdits attachments;
    private final SidePaneViewModel side;
    private final ObservableList<ParagraphChoice> paragraphs = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private MeetingId meeting;

    public WorkbenchViewModel(Services services, TaskExecutor executor, Scheduler scheduler, Clock clock) {
        this.validateMeeting = services.validateMeeting();
        this.phrases = services.editPhraseLibrary();
        this.boards = services.manageBoards();
        this.session = new EditSession(executor, clock);
        this.agenda = new AgendaViewModel(services.editAgenda(), session);
        this.editor = new ParagraphEditorViewModel(services.editParagraph(), session, scheduler, clock);
        this.attachments = new AttachmentEdits(editor, services.editParagraph(), services.attachFile(),
                services.numberAttachments());
        agenda.onChange(editor::commitPending, this::afterAgendaChange);
        agenda.onOpen(this::openParagraph);
        this.side = new SidePaneViewModel(services, executor);
        session.onSaved(side::saved);
        // Choosing Uppdrag or Förhandsgranskning means "show what I typed": store it first.
        side.tabProperty().addListener((o, was, now) -> editor.commitPending());
        editor.shownProperty().addListener((o, was, shown) -> side.paragraph(shown == null ? null : shown.id()));
    }

    /** The window's workbench: autosave on the FX timeline, times from the system clock. */
    public static WorkbenchViewModel forWindow(Services services, TaskExecutor executor) {
        return new WorkbenchViewModel(services, executor, new FxScheduler(), Clock.systemDefaultZone());
    }

    public void open(MeetingId id) {
        editor.clear(Messages.get("editor.noParagraph"));
        session.reset();
        this.meeting = id;
        paragraphs.clear();
        title.set("");
        side.meeting(id);
        readContext(true);
    }

    private void readContext(boolean first) {
        MeetingId id = meeting;
        session.read(Messages.get("editor.task.context"), () -> context(id), context -> {
            if (!id.equals(meeting)) {
                return;
            }
            title.set(context.draft().board().name() + " "
                    + context.draft().meeting().date().format(DateTimeFormatter.ISO_LOCAL_DATE));
            paragraphs.setAll(context.draft().paragraphs().stream().map(ParagraphChoice::of).toList());
            editor.context(context);
            if (first) {
                agenda.open(id, context.readOnly());
                if (!context.draft().paragraphs().isEmpty()) {
                    editor.open(context.draft().paragraphs().get(0).id());
                }
            }
        }, failure -> title.set(Messages.get("editor.loadFailed", failure.getMessage())));
    }

    private WorkbenchContext context(MeetingId id) {
        MinutesDraft draft = validateMeeting.draft(id);
        List<Board> committees = boards.boards().stream()
                .filter(b -> draft.board().id().equals(b.parent())).toList();
        return new WorkbenchContext(draft, phrases.load(draft.board().id()), committees);
    }

    private void afterAgendaChange() {
        readContext(false);
        editor.reload();
    }

    public void openParagraph(ParagraphId id) {
        if (id == null) {
            editor.clear(agenda.selected().filter(AgendaRow::information).isPresent()
                    ? Messages.get("editor.informationItem") : Messages.get("editor.notNumbered"));
        } else {
            editor.open(id);
        }
    }

    /** Ctrl+Z: stores what is being typed, then undoes the newest step, and shows the archive as it is then. */
    public void undo() {
        editor.commitPending();
        session.undo(this::afterHistoryStep);
    }

    public void redo() {
        editor.commitPending();
        session.redo(this::afterHistoryStep);
    }

    private void afterHistoryStep() {
        agenda.reload(null);
        readContext(false);
        editor.reload();
    }

    /** Leaving the workbench: what is typed is saved before it goes. */
    public void close() {
        editor.commitPending();
    }

    public AgendaViewModel agenda() {
        return agenda;
    }

    public ParagraphEditorViewModel editor() {
        return editor;
    }

    public AttachmentEdits attachments() {
        return attachments;
    }

    /** The preview, assignment suggestions and goal links beside the editor. */
    public SidePaneViewModel side() {
        return side;
    }

    public EditSession session() {
        return session;
    }

    public ObservableList<ParagraphChoice> paragraphs() {
        return paragraphs;
    }

    /** "Regionstyrelsen 2025-05-20". */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public MeetingId meeting() {
        return meeting;
    }
}
