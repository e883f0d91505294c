package se.paragraf.ui.meetingform;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import se.paragraf.application.board.BoardMember;
import se.paragraf.application.board.ManageBoards;
import se.paragraf.application.editing.Edit;
import se.paragraf.application.editing.ValueEdit;
import se.paragraf.application.meeting.PlanMeeting;
import se.paragraf.application.meeting.RecordAttendance;
import se.paragraf.application.meeting.ValidateMeeting;
import se.paragraf.domain.board.Board;
import se.paragraf.domain.board.BoardId;
import se.paragraf.domain.board.MemberId;
import se.paragraf.domain.matter.CaseNumber;
import se.paragraf.domain.meeting.Adjuster;
import se.paragraf.domain.meeting.Attendance;
import se.paragraf.domain.meeting.AttendanceKind;
import se.paragraf.domain.meeting.Meeting;
import se.paragraf.domain.meeting.MeetingId;
import se.paragraf.domain.meeting.MeetingOfficers;
import se.paragraf.domain.meeting.Movement;
import se.paragraf.domain.meeting.OtherPresent;
import se.paragraf.domain.minutes.MinutesDraft;
import se.paragraf.ui.Messages;
import se.paragraf.ui.task.BackgroundTask;
import se.paragraf.ui.task.EditRunner;
import se.paragraf.ui.task.TaskExecutor;

/**
 * Sammanträde: a new meeting for a board, then its data, officers and attendance. A field is
 * stored when the secretary leaves it (or presses Enter) as one undoable edit through
 * {@link EditRunner}; what cannot be stored yet (an end before the start, an unknown name) is
 * reported beside the field and never stops the typing.
 */
public final class MeetingFormViewModel {
    private final ManageBoards manageBoards;
    private final PlanMeeting planMeeting;
    private final RecordAttendance recordAttendance;
    private final ValidateMeeting validateMeeting;
    private final TaskExecutor executor;
    private final EditRunner edits;

    private final ObservableList<Board> boards = FXCollections.observableArrayList();
    private final ObjectProperty<Board> board = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper created = new ReadOnlyBooleanWrapper(false);
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>(LocalDate.now());
    private final StringProperty start = new SimpleStringProperty("");
    private final StringProperty end = new SimpleStringProperty("");
    private final StringProperty place = new SimpleStringProperty("");
    private final StringProperty minutesCase = new SimpleStringProperty("");
    private final StringProperty chair = new SimpleStringProperty("");
    private final StringProperty secretary = new SimpleStringProperty("");
    private final ObservableList<StringProperty> adjusters = FXCollections.observableArrayList();
    private final StringProperty adjustmentPlace = new SimpleStringProperty("");
    private final StringProperty adjustmentTime = new SimpleStringProperty("");
    private final ObservableList<AttendeeRow> attendees = FXCollections.observableArrayList();
    private final ObservableList<String> others = FXCollections.observableArrayList();
    private final ObservableList<String> changes = FXCollections.observableArrayList();
    private final ObservableList<String> findings = FXCollections.observableArrayList();
    private final ObservableList<String> names = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<MeetingId> meetingId = new ReadOnlyObjectWrapper<>();

    private Meeting meeting;
    private Attendance attendance;
    private MemberDirectory directory = MemberDirectory.empty();
    private Runnable closer = () -> { };
    private Runnable changed = () -> { };

    public MeetingFormViewModel(ManageBoards manageBoards, PlanMeeting planMeeting, RecordAttendance recordAttendance,
                                ValidateMeeting validateMeeting, TaskExecutor executor) {
        this.manageBoards = manageBoards;
        this.planMeeting = planMeeting;
        this.recordAttendance = recordAttendance;
        this.validateMeeting = validateMeeting;
        this.executor = executor;
        this.edits = new EditRunner(executor, Messages.get("meetingForm.task.save"), failure -> {
            if (failure instanceof se.paragraf.domain.shared.StaleVersionException) {
                // Someone else saved the meeting since it was read: what was typed stays in the form,
                // unsaved, until the secretary reopens the meeting and makes the change again.
                status.set(failure.getMessage() + " " + Messages.get("meetingForm.staleKept"));
                return;
            }
            status.set(failure.getMessage());
            Optional.ofNullable(meeting).ifPresent(m -> open(m.id()));
        });
    }

    /** A new meeting: the board chosen (or the first), today's date; nothing is stored until {@link #create}. */
    public void startNew(BoardId preselected) {
        meeting = null;
        attendance = null;
        meetingId.set(null);
        created.set(false);
        edits.clear();
        directory = MemberDirectory.empty();
        clearFields();
        status.set(Messages.get("meetingForm.newHint"));
        BackgroundTask.wrap(Messages.get("meetingForm.task.boards"), manageBoards::boards)
                .onSuccess(all -> {
                    boards.setAll(all);
                    board.set(all.stream().filter(b -> b.id().equals(preselected)).findFirst()
                            .orElse(all.isEmpty() ? null : all.get(0)));
                    if (all.isEmpty()) {
                        status.set(Messages.get("meetingForm.noBoards"));
                    }
                })
                .onFailure(failure -> status.set(failure.getMessage()))
                .executeWith(executor);
    }

    private void clearFields() {
        date.set(LocalDate.now());
        List.of(start, end, place, minutesCase, chair, secretary, adjustmentPlace, adjustmentTime).forEach(p -> p.set(""));
        adjusters.clear();
        attendees.clear();
        others.clear();
        changes.clear();
        findings.clear();
        names.clear();
    }

    /** Stores the new meeting with what has been typed so far and goes on to its officers and attendance. */
    public void create() {
        if (created.get()) {
            return;
        }
        Board chosen = board.get();
        if (chosen == null) {
            status.set(Messages.get("meetingForm.problem.noBoard"));
            return;
        }
        Optional<String> problem = timeProblem().or(this::minutesCaseProblem);
        if (problem.isPresent() || date.get() == null) {
            status.set(problem.orElse(Messages.get("meetingForm.problem.noDate")));
            return;
        }
        LocalDate day = date.get();
        LocalTime from = FormValues.time(start.get()).orElse(null);
        LocalTime to = FormValues.time(end.get()).orElse(null);
        String where = place.get();
        CaseNumber number = FormValues.blank(minutesCase.get()) ? null : CaseNumber.parse(minutesCase.get());
        BackgroundTask.wrap(Messages.get("meetingForm.task.create"),
                        () -> planMeeting.create(chosen.id(), day, from, to, where, number))
                .onSuccess(made -> {
                    status.set(Messages.get("meetingForm.created", chosen.name(), made.date().toString()));
                    changed.run();
                    open(made.id());
                })
                .onFailure(failure -> status.set(failure.getMessage()))
                .executeWith(executor);
    }

    /** Reads a stored meeting with its board's roll and shows it for editing. */
    public void open(MeetingId id) {
        BackgroundTask.wrap(Messages.get("meetingForm.task.load"), () -> {
                    MinutesDraft draft = validateMeeting.draft(id);
                    List<BoardMember> roll = manageBoards.roll(draft.board().id());
                    return new Loaded(draft, roll);
                })
                .onSuccess(this::show)
                .onFailure(failure -> status.set(failure.getMessage()))
                .executeWith(executor);
    }

    private record Loaded(MinutesDraft draft, List<BoardMember> roll) {
    }

    private void show(Loaded loaded) {
        boolean other = meeting == null || !meeting.id().equals(loaded.draft().meeting().id());
        if (other) {
            edits.clear();
        }
        Board shown = loaded.draft().board();
        if (!boards.contains(shown)) {
            boards.setAll(List.of(shown));
        }
        board.set(shown);
        meeting = loaded.draft().meeting();
        attendance = loaded.draft().attendance();
        directory = new MemberDirectory(loaded.roll().stream()
                .filter(e -> e.membership().activeOn(meeting.date())).toList(), loaded.draft().names());
        names.setAll(directory.names());
        adjusters.clear();
        for (int i = 0; i < shown.adjusterCount(); i++) {
            adjusters.add(new SimpleStringProperty(""));
        }
        meetingId.set(meeting.id());
        created.set(true);
        showMeeting();
        showAttendance();
        if (other && directory.names().isEmpty()) {
            status.set(Messages.get("meetingForm.noMembers", shown.name()));
        }
    }

    private void showMeeting() {
        date.set(meeting.date());
        start.set(FormValues.show(meeting.start()));
        end.set(FormValues.show(meeting.end()));
        place.set(meeting.meetingPlace().orElse(""));
        minutesCase.set(meeting.minutesCase().map(CaseNumber::compact).orElse(""));
    }

    private void showAttendance() {
        MeetingOfficers officers = attendance.officers();
        chair.set(directory.name(officers.chair()));
        secretary.set(Objects.requireNonNullElse(officers.secretary(), ""));
        for (int i = 0; i < adjusters.size(); i++) {
            adjusters.get(i).set(i < officers.adjusters().size() ? directory.name(officers.adjusters().get(i).member()) : "");
        }
        adjustmentPlace.set(Objects.requireNonNullElse(officers.adjustmentPlace(), ""));
        adjustmentTime.set(FormValues.show(officers.adjustmentTime()));
        attendees.setAll(attendance.attendees().stream().map(a -> new AttendeeRow(a.member(), directory.name(a.member()),
                a.kind().swedishName(), a.replaced().map(directory::name).orElse(""))).toList());
        others.setAll(attendance.othersPresent().stream()
                .map(o -> o.title() == null ? o.name() : o.name() + ", " + o.title()).toList());
        changes.setAll(attendance.changes().stream().map(c -> directory.name(c.member()) + " " + c.movement().swedishName()
                + " " + c.paragraph() + (c.replaces() == null ? ""
                : " " + Messages.get("meetingForm.insteadOf", directory.name(c.replaces())))).toList());
        findings.setAll(new AttendanceChanges(directory).findings(attendance));
    }

    // --- Meeting data --------------------------------------------------------------------------

    /** Stores date, times, place and the protocol's case number when they make a valid meeting and have changed. */
    public void commitMeeting() {
        if (meeting == null || timeProblem().or(this::minutesCaseProblem).isPresent() || date.get() == null) {
            return;
        }
        Meeting after;
        try {
            after = new Meeting(meeting.id(), meeting.board(), date.get(), FormValues.time(start.get()).orElse(null),
                    FormValues.time(end.get()).orElse(null), place.get(),
                    FormValues.blank(minutesCase.get()) ? null : CaseNumber.parse(minutesCase.get()), meeting.version());
        } catch (RuntimeException e) {
            status.set(e.getMessage());
            return;
        }
        if (!after.equals(meeting)) {
            ValueEdit<Meeting> edit = new ValueEdit<>(Messages.get("meetingForm.edit.meeting"), meeting, after, planMeeting::update);
            meeting = after;
            edits.execute(edit, this::applied);
        }
    }

    public Optional<String> timeProblem() {
        for (StringProperty field : List.of(start, end)) {
            if (!FormValues.blank(field.get()) && FormValues.time(field.get()).isEmpty()) {
                return Optional.of(Messages.get("meetingForm.problem.time", field.get().strip()));
            }
        }
        Optional<LocalTime> from = FormValues.time(start.get());
        Optional<LocalTime> to = FormValues.time(end.get());
        if (from.isPresent() && to.isPresent() && !to.get().isAfter(from.get())) {
            return Optional.of(Messages.get("meetingForm.problem.endBeforeStart", FormValues.show(from.get()),
                    FormValues.show(to.get())));
        }
        if (to.isPresent() && from.isEmpty()) {
            return Optional.of(Messages.get("meetingForm.problem.endWithoutStart"));
        }
        return Optional.empty();
    }

    public Optional<String> minutesCaseProblem() {
        String typed = minutesCase.get();
        return FormValues.blank(typed) || CaseNumber.tryParse(typed).isPresent() ? Optional.empty()
                : Optional.of(Messages.get("meetingForm.problem.minutesCase", typed.strip()));
    }

    // --- Officers ------------------------------------------------------------------------------

    /** Stores chair, secretary, justerare and justering when every name is known and they have changed. */
    public void commitOfficers() {
        if (attendance == null) {
            return;
        }
        try {
            MemberId chairId = FormValues.blank(chair.get()) ? null : known(chair.get());
            List<Adjuster> chosen = new ArrayList<>();
            for (StringProperty adjuster : adjusters) {
                if (!FormValues.blank(adjuster.get())) {
                    chosen.add(new Adjuster(known(adjuster.get())));
                }
            }
            LocalDateTime when = FormValues.dateTime(adjustmentTime.get()).orElse(null);
            MeetingOfficers officers = new MeetingOfficers(chairId, secretary.get(), List.of(),
                    attendance.officers().adjustmentPlace(), attendance.officers().adjustmentTime(),
                    attendance.officers().adjustedOn())
                    .withAdjusters(chosen, board.get())
                    .adjustmentAt(adjustmentPlace.get(), when);
            changeAttendance(Messages.get("meetingForm.edit.officers"), a -> a.withOfficers(officers));
        } catch (RuntimeException e) {
            status.set(e.getMessage());
        }
    }

    private MemberId known(String name) {
        return new AttendanceChanges(directory).known(name);
    }

    /** A name typed in a name field that is not on the roll or the attendance list. */
    public Optional<String> nameProblem(String typed) {
        if (FormValues.blank(typed) || directory.find(typed).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(Messages.get("meetingForm.problem.unknownName", typed.strip()));
    }

    /** A justerare who is also the chair, named twice, or not on the attendance list. */
    public Optional<String> adjusterProblem(int index) {
        String typed = adjusters.get(index).get();
        Optional<String> unknown = nameProblem(typed);
        if (unknown.isPresent() || FormValues.blank(typed)) {
            return unknown;
        }
        MemberId id = directory.find(typed).orElseThrow();
        if (directory.find(chair.get()).filter(id::equals).isPresent()) {
            return Optional.of(Messages.get("meetingForm.problem.adjusterIsChair"));
        }
        for (int i = 0; i < index; i++) {
            if (directory.find(adjusters.get(i).get()).filter(id::equals).isPresent()) {
                return Optional.of(Messages.get("meetingForm.problem.adjusterTwice"));
            }
        }
        if (attendance != null && !attendance.attendees().isEmpty()
                && attendance.attendee(id).filter(a -> a.kind().serves()).isEmpty()) {
            return Optional.of(Messages.get("meetingForm.problem.adjusterNotServing", typed.strip()));
        }
        return Optional.empty();
    }

    /** The board's number of justerare, and how many are still to be chosen; empty when all are. */
    public Optional<String> adjusterCountProblem() {
        long chosen = adjusters.stream().filter(a -> !FormValues.blank(a.get())).count();
        return chosen < adjusters.size()
                ? Optional.of(Messages.get("meetingForm.problem.adjusterCount", board.get().name(), adjusters.size()))
                : Optional.empty();
    }

    public Optional<String> adjustmentTimeProblem() {
        String typed = adjustmentTime.get();
        return FormValues.blank(typed) || FormValues.dateTime(typed).isPresent() ? Optional.empty()
                : Optional.of(Messages.get("meetingForm.problem.adjustmentTime", typed.strip()));
    }

    // --- Attendance ----------------------------------------------------------------------------

    /** Returns false, with the reason in the status, when the row cannot be added as typed. */
    public boolean addAttendee(String name, AttendanceKind kind, String replaces) {
        return changeAttendance(Messages.get("meetingForm.edit.addAttendee"),
                a -> new AttendanceChanges(directory).withAttendee(a, name, kind, replaces));
    }

    public void removeAttendee(AttendeeRow row) {
        if (row != null) {
            changeAttendance(Messages.get("meetingForm.edit.removeAttendee"), a -> a.without(row.member()));
        }
    }

    /** Every seat holder on the roll who is not yet listed, as serving: the usual start of the list. */
    public void fillFromRoll() {
        changeAttendance(Messages.get("meetingForm.edit.fill"), a -> {
            Attendance filled = a;
            for (MemberId member : directory.seatHolders()) {
                if (filled.attendee(member).isEmpty()) {
                    filled = filled.with(se.paragraf.domain.meeting.Attendee.serving(member, directory.role(member)));
                }
            }
            return filled;
        });
    }

    public Optional<String> replacementProblem(String replaces) {
        return attendance == null ? Optional.empty() : new AttendanceChanges(directory).replacementProblem(attendance, replaces);
    }

    /** Returns false, with the reason in the status, when the row cannot be added as typed. */
    public boolean addOther(String name, String title) {
        return changeAttendance(Messages.get("meetingForm.edit.addOther"), a -> {
            List<OtherPresent> list = new ArrayList<>(a.othersPresent());
            list.add(new OtherPresent(name, title));
            return a.withOthers(list);
        });
    }

    public void removeOther(int index) {
        if (attendance != null && index >= 0 && index < attendance.othersPresent().size()) {
            changeAttendance(Messages.get("meetingForm.edit.removeOther"), a -> {
                List<OtherPresent> list = new ArrayList<>(a.othersPresent());
                list.remove(index);
                return a.withOthers(list);
            });
        }
    }

    /** Returns false, with the reason in the status, when the row cannot be added as typed. */
    public boolean addChange(String name, Movement movement, String paragraph, String replaces) {
        return changeAttendance(Messages.get("meetingForm.edit.addChange"),
                a -> new AttendanceChanges(directory).withChange(a, name, movement, paragraph, replaces));
    }

    public void removeChange(int index) {
        if (attendance != null && index >= 0 && index < attendance.changes().size()) {
            changeAttendance(Messages.get("meetingForm.edit.removeChange"), a -> a.withoutChange(index));
        }
    }

    /** Returns whether the change could be made; when not, the reason is in {@link #statusProperty()}. */
    private boolean changeAttendance(String description, UnaryOperator<Attendance> change) {
        if (attendance == null) {
            status.set(Messages.get("meetingForm.problem.notCreated"));
            return false;
        }
        ValueEdit<Attendance> edit;
        try {
            edit = recordAttendance.edit(description, attendance, change);
        } catch (RuntimeException e) {
            status.set(e.getMessage());
            return false;
        }
        if (edit.after().equals(edit.before())) {
            return true;
        }
        attendance = edit.after();
        showAttendance();
        status.set("");
        edits.execute(edit, this::applied);
        return true;
    }

    // --- Undo and redo -------------------------------------------------------------------------

    public void undo() {
        edits.undo(this::applied);
    }

    public void redo() {
        edits.redo(this::applied);
    }

    private void applied(Edit edit, boolean stands) {
        if (edit instanceof ValueEdit<?> value) {
            Object shown = stands ? value.after() : value.before();
            if (shown instanceof Meeting m) {
                meeting = m;
                showMeeting();
                changed.run();
            } else if (shown instanceof Attendance a) {
                attendance = a;
                showAttendance();
            }
            status.set(stands ? Messages.get("meetingForm.saved", edit.description())
                    : Messages.get("meetingForm.undone", edit.description()));
        }
    }

    public EditRunner edits() {
        return edits;
    }

    // --- Navigation ----------------------------------------------------------------------------

    /** The main window's hooks: back to Sammanträden, and the list to refresh after a meeting is created or moved. */
    public void onNavigate(Runnable back, Runnable meetingsChanged) {
        this.closer = Objects.requireNonNull(back);
        this.changed = Objects.requireNonNull(meetingsChanged);
    }

    public void close() {
        closer.run();
    }

    // --- Properties ----------------------------------------------------------------------------

    public ObservableList<Board> boards() {
        return boards;
    }

    public ObjectProperty<Board> boardProperty() {
        return board;
    }

    /** False while the meeting is new and not yet stored: only board, date, times, place and dnr apply. */
    public ReadOnlyBooleanProperty createdProperty() {
        return created.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<MeetingId> meetingIdProperty() {
        return meetingId.getReadOnlyProperty();
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public StringProperty startProperty() {
        return start;
    }

    public StringProperty endProperty() {
        return end;
    }

    public StringProperty placeProperty() {
        return place;
    }

    public StringProperty minutesCaseProperty() {
        return minutesCase;
    }

    public StringProperty chairProperty() {
        return chair;
    }

    public StringProperty secretaryProperty() {
        return secretary;
    }

    /** One field per justerare the board has. */
    public ObservableList<StringProperty> adjusters() {
        return adjusters;
    }

    public StringProperty adjustmentPlaceProperty() {
        return adjustmentPlace;
    }

    public StringProperty adjustmentTimeProperty() {
        return adjustmentTime;
    }

    public ObservableList<AttendeeRow> attendees() {
        return attendees;
    }

    public ObservableList<String> others() {
        return others;
    }

    public ObservableList<String> changes() {
        return changes;
    }

    /** Warnings about the attendance as a whole, e.g. an ersättare replacing someone who serves. */
    public ObservableList<String> findings() {
        return findings;
    }

    /** The names the name fields complete: the board's roll on the meeting's day and those on the list. */
    public ObservableList<String> names() {
        return names;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
