package se.paragraf.ui;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import se.paragraf.domain.board.BoardKind;
import se.paragraf.domain.board.MembershipRole;
import se.paragraf.domain.meeting.AttendanceKind;
import se.paragraf.ui.boards.BoardRow;
import se.paragraf.ui.boards.MemberRow;

/**
 * The secretary's steps in the real window, for scenario tests: boards and members, a meeting
 * and its attendance. Text is typed as a user types it; combo boxes are set directly, since
 * their pop-up lists are not what these tests are about. Each step waits (up to 30 s) until the
 * window shows its result. Extend it with the agenda and paragraph steps.
 */
public final class WorkbenchRobot {
    private static final long WAIT_SECONDS = 30;
    private final FxRobot robot;
    private final Stage stage;

    public WorkbenchRobot(FxRobot robot, Stage stage) {
        this.robot = robot;
        this.stage = stage;
    }

    /** Answers No to the demo question on an empty archive and waits for the empty Sammanträden list. */
    public WorkbenchRobot declineDemo() throws Exception {
        waitFor(() -> dialog() != null);
        robot.clickOn(robot.from(dialog().getScene().getRoot()).lookup("Nej").queryButton());
        waitFor(() -> robot.lookup("#boardsButton").tryQuery().isPresent());
        return this;
    }

    /** Sammanträden → Ledamöter (Nämnder och ledamöter). */
    public WorkbenchRobot openBoards() throws Exception {
        robot.clickOn("#boardsButton");
        waitFor(() -> robot.lookup("#board-list").tryQuery().isPresent());
        return this;
    }

    /** On Nämnder och ledamöter: a new board; {@code parent} names the board an utskott belongs to. */
    public WorkbenchRobot createBoard(String name, BoardKind kind, String parent, int adjusters) throws Exception {
        robot.clickOn("Nytt organ");
        robot.clickOn("#board-name").write(name);
        robot.interact(() -> {
            robot.lookup("#board-kind").<ComboBox<BoardKind>>query().setValue(kind);
            if (parent != null) {
                ComboBox<se.paragraf.domain.board.Board> parents = robot.lookup("#board-parent").query();
                parents.setValue(parents.getItems().stream().filter(b -> b.name().equals(parent)).findFirst().orElseThrow());
            }
            robot.lookup("#board-adjusters").<Spinner<Integer>>query().getValueFactory().setValue(adjusters);
        });
        robot.clickOn("#board-name").push(KeyCode.ENTER);
        waitFor(() -> selectedBoard().equals(name));
        return this;
    }

    /** Selects a board in the list on Nämnder och ledamöter. */
    public WorkbenchRobot selectBoard(String name) throws Exception {
        ListView<BoardRow> list = robot.lookup("#board-list").query();
        robot.interact(() -> list.getItems().stream().filter(r -> r.board().name().equals(name)).findFirst()
                .ifPresent(r -> list.getSelectionModel().select(r)));
        waitFor(() -> selectedBoard().equals(name));
        return this;
    }

    /** Adds a member to the selected board for the term shown; Enter in the name field adds. */
    public WorkbenchRobot addMember(String name, String party, MembershipRole role) throws Exception {
        robot.interact(() -> robot.lookup("#member-role").<ComboBox<MembershipRole>>query().setValue(role));
        robot.clickOn("#member-party").write(party);
        robot.clickOn("#member-name").write(name).push(KeyCode.ENTER);
        waitFor(() -> memberTable().getItems().stream().anyMatch(r -> r.name().equals(name)));
        return this;
    }

    public TableView<MemberRow> memberTable() {
        return robot.lookup("#member-table").query();
    }

    /** From Nämnder och ledamöter: the meeting form for the selected board. */
    public WorkbenchRobot newMeetingForSelectedBoard() throws Exception {
        robot.clickOn("Nytt sammanträde");
        waitFor(() -> robot.lookup("#meeting-create").tryQuery().filter(Node::isVisible).isPresent());
        return this;
    }

    /** Fills in the new meeting's date, times, place and protocol dnr and creates it with Ctrl+Enter. */
    public WorkbenchRobot createMeeting(LocalDate date, String start, String end, String place, String minutesCase)
            throws Exception {
        TextField dateEditor = robot.lookup("#meeting-date").<javafx.scene.control.DatePicker>query().getEditor();
        robot.interact(dateEditor::clear);
        robot.clickOn(dateEditor).write(date.toString()).push(KeyCode.ENTER);
        type("#meeting-start", start);
        type("#meeting-end", end);
        type("#meeting-place", place);
        type("#meeting-case", minutesCase);
        robot.push(KeyCode.CONTROL, KeyCode.ENTER);
        waitFor(() -> robot.lookup("#attendee-name").tryQuery().filter(n -> n.isVisible() && n.getScene() != null
                && n.getParent().getParent().isVisible()).isPresent());
        return this;
    }

    /** Every seat holder on the roll as serving (Hämta ledamöterna). */
    public WorkbenchRobot fillAttendanceFromRoll() throws Exception {
        int before = attendees().getItems().size();
        robot.clickOn("#attendance-fill");
        waitFor(() -> attendees().getItems().size() > before);
        return this;
    }

    /** Adds a person from the roll; {@code replaces} only for a serving ersättare. */
    public WorkbenchRobot addAttendee(String name, AttendanceKind kind, String replaces) throws Exception {
        int before = attendees().getItems().size();
        robot.interact(() -> robot.lookup("#attendee-kind").<ComboBox<AttendanceKind>>query().setValue(kind));
        typeName("#attendee-name", name);
        if (replaces != null) {
            typeName("#attendee-replaces", replaces);
        }
        robot.push(KeyCode.ENTER);
        waitFor(() -> attendees().getItems().size() > before);
        return this;
    }

    /** Removes a person from the attendance list with Delete. */
    public WorkbenchRobot removeAttendee(String name) throws Exception {
        ListView<Object> list = attendees();
        int before = list.getItems().size();
        Node cell = robot.from(list).lookup(".list-cell").<javafx.scene.control.ListCell<?>>queryAll().stream()
                .filter(c -> c.getItem() != null && c.getItem().toString().startsWith(name + " ")).findFirst().orElseThrow();
        robot.clickOn(cell).push(KeyCode.DELETE);
        waitFor(() -> list.getItems().size() < before);
        return this;
    }

    public WorkbenchRobot addOtherPresent(String name, String title) throws Exception {
        ListView<Object> list = robot.lookup("#other-list").query();
        int before = list.getItems().size();
        type("#other-name", name);
        robot.clickOn("#other-title").write(title).push(KeyCode.ENTER);
        waitFor(() -> list.getItems().size() > before);
        return this;
    }

    /** Chair and justerare by name (completed from the roll), the secretary as typed. */
    public WorkbenchRobot setOfficers(String chair, String secretary, String... adjusters) throws Exception {
        typeName("#meeting-chair", chair);
        type("#meeting-secretary", secretary);
        for (int i = 0; i < adjusters.length; i++) {
            typeName("#meeting-adjuster-" + (i + 1), adjusters[i]);
        }
        robot.push(KeyCode.TAB);
        return this;
    }

    public ListView<Object> attendees() {
        return robot.lookup("#attendee-list").query();
    }

    /** Esc: back from the page shown. */
    public WorkbenchRobot back() throws Exception {
        robot.push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    private void type(String field, String text) {
        robot.clickOn(field).push(KeyCode.CONTROL, KeyCode.A).write(text).push(KeyCode.TAB);
    }

    /** Types a whole name; the suggestion list closes once the name is complete, so Enter and Tab go to the field. */
    private void typeName(String field, String name) throws Exception {
        robot.clickOn(field).push(KeyCode.CONTROL, KeyCode.A).write(name);
        waitFor(() -> !suggestionsShowing());
    }

    private boolean suggestionsShowing() {
        return robot.listWindows().stream().filter(w -> w instanceof PopupWindow && w.isShowing() && w.getScene() != null)
                .anyMatch(w -> !robot.from(w.getScene().getRoot()).lookup(".auto-complete-popup").queryAll().isEmpty()
                        || w.getScene().getRoot().getStyleClass().contains("auto-complete-popup"));
    }

    private String selectedBoard() {
        ListView<BoardRow> list = robot.lookup("#board-list").query();
        BoardRow row = list.getSelectionModel().getSelectedItem();
        return row == null ? "" : row.board().name();
    }

    private Window dialog() {
        return robot.listWindows().stream()
                .filter(window -> window != stage && window.isShowing() && window.getScene() != null)
                .filter(window -> !robot.from(window.getScene().getRoot()).lookup(".dialog-pane").queryAll().isEmpty())
                .findFirst().orElse(null);
    }

    private static void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, condition);
    }
}
