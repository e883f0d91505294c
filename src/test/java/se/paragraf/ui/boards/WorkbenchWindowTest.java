package se.paragraf.ui.boards;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import se.paragraf.application.meeting.MeetingExport;
import se.paragraf.domain.board.BoardKind;
import se.paragraf.domain.board.MembershipRole;
import se.paragraf.domain.meeting.AttendanceKind;
import se.paragraf.domain.meeting.Attendee;
import se.paragraf.domain.meeting.MeetingId;
import se.paragraf.ui.AppWindow;
import se.paragraf.ui.Screenshots;
import se.paragraf.ui.TestArchive;
import se.paragraf.ui.WorkbenchRobot;
import se.paragraf.ui.main.MainView;

/** In the real window: a board with members, a meeting with attendance, and what the archive then holds. */
class WorkbenchWindowTest {
    @TempDir
    Path dataDir;
    private TestArchive archive;
    private Stage stage;
    private AppWindow window;
    private final FxRobot robot = new FxRobot();
    private WorkbenchRobot workbench;

    @BeforeEach
    void startWindow() throws Exception {
        archive = TestArchive.openIn(dataDir);
        window = AppWindow.start(archive);
        stage = window.stage();
        workbench = new WorkbenchRobot(robot, stage).declineDemo();
    }

    @AfterEach
    void closeWindow() throws Exception {
        window.close();
        archive.close();
    }

    @Test
    void createsABoardWithMembersThenAMeetingWithAttendanceAndStoresIt() throws Exception {
        workbench.openBoards();
        Screenshots.write(stage.getScene(), "40-boards-empty");
        workbench.createBoard("Regionstyrelsen", BoardKind.EXECUTIVE_BOARD, null, 2)
                .createBoard("Arbetsutskottet", BoardKind.COMMITTEE, "Regionstyrelsen", 1)
                .selectBoard("Regionstyrelsen")
                .addMember("Anna Ordförande", "S", MembershipRole.CHAIR)
                .addMember("Bo Ledamot", "M", MembershipRole.MEMBER)
                .addMember("Cilla Ledamot", "C", MembershipRole.MEMBER)
                .addMember("Dan Ersättare", "S", MembershipRole.SUBSTITUTE)
                .addMember("Eva Ersättare", "M", MembershipRole.SUBSTITUTE);
        // Eva is called in before Dan: Alt+Up on her row.
        robot.interact(() -> workbench.memberTable().getSelectionModel().select(4));
        robot.clickOn(robot.lookup("#member-table .table-row-cell").nth(4).<javafx.scene.Node>query());
        robot.push(KeyCode.ALT, KeyCode.UP);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> workbench.memberTable().getItems().stream()
                .filter(MemberRow::substitute).map(MemberRow::name).toList().equals(java.util.List.of("Eva Ersättare", "Dan Ersättare")));
        Screenshots.write(stage.getScene(), "41-boards-members");

        workbench.newMeetingForSelectedBoard();
        Screenshots.write(stage.getScene(), "42-meeting-new");
        workbench.createMeeting(LocalDate.of(2025, 5, 20), "9.00", "12.30", "Regionens hus", "25RS1")
                .fillAttendanceFromRoll()
                .removeAttendee("Cilla Ledamot")
                .addAttendee("Dan Ersättare", AttendanceKind.SERVING_SUBSTITUTE, "Cilla Ledamot")
                .addAttendee("Eva Ersättare", AttendanceKind.PRESENT_NOT_SERVING, null)
                .addOtherPresent("Gun Direktör", "Regiondirektör")
                .setOfficers("Anna Ordförande", "Sara Sekreterare", "Bo Ledamot", "Dan Ersättare");
        MeetingId id = mainView().viewModel().meetingForm().meetingIdProperty().get();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> archive.services().recordAttendance().load(id)
                .officers().adjusters().size() == 2);
        Screenshots.write(stage.getScene(), "43-meeting-attendance");

        MeetingExport export = archive.services().exportMeeting().export(id).orElseThrow();
        assertThat(export.details().meeting().date()).isEqualTo(LocalDate.of(2025, 5, 20));
        assertThat(export.details().meeting().start()).isEqualTo(LocalTime.of(9, 0));
        assertThat(export.details().meeting().minutesCase()).hasValueSatisfying(c -> assertThat(c.compact()).isEqualTo("25RS1"));
        assertThat(export.attendance().attendees()).extracting(a -> name(export, a), Attendee::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Anna Ordförande", AttendanceKind.SERVING),
                org.assertj.core.groups.Tuple.tuple("Bo Ledamot", AttendanceKind.SERVING),
                org.assertj.core.groups.Tuple.tuple("Dan Ersättare", AttendanceKind.SERVING_SUBSTITUTE),
                org.assertj.core.groups.Tuple.tuple("Eva Ersättare", AttendanceKind.PRESENT_NOT_SERVING));
        assertThat(export.member(export.attendance().attendees().get(2).replaces()).orElseThrow().name())
                .isEqualTo("Cilla Ledamot");
        assertThat(export.attendance().othersPresent()).singleElement()
                .satisfies(o -> assertThat(o.name() + ", " + o.title()).isEqualTo("Gun Direktör, Regiondirektör"));
        assertThat(export.member(export.attendance().officers().chair()).orElseThrow().name()).isEqualTo("Anna Ordförande");
        assertThat(export.attendance().officers().secretary()).isEqualTo("Sara Sekreterare");

        robot.interact(() -> mainView().shortcutOverlay());
        robot.push(KeyCode.F1);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> mainView().shortcutOverlay().isShowing());
        assertThat(robot.from(mainView().shortcutOverlay().popup().getContent().get(0)).lookup("Nämnder och ledamöter")
                .tryQuery()).isPresent();
        Screenshots.write(mainView().shortcutOverlay().popup().getScene(), "44-shortcuts");
        robot.push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !mainView().shortcutOverlay().isShowing());

        // Opened from Nämnder och ledamöter, the meeting goes back there; from there Esc leads to the list.
        workbench.back();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#board-list").tryQuery().isPresent());
        workbench.back();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(".meetings-tree .tree-table-cell")
                .lookup("2025-05-20").tryQuery().isPresent());
        Screenshots.write(stage.getScene(), "45-meetings-with-new-meeting");
    }

    @Test
    void showsTheBoardsPhrases() throws Exception {
        workbench.openBoards().createBoard("Regionstyrelsen", BoardKind.EXECUTIVE_BOARD, null, 2);
        robot.clickOn("Fraser …");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#phrase-table").<javafx.scene.control.TableView<?>>query()
                .getItems().size() > 5);
        Screenshots.write(stage.getScene(), "46-phrases");
        robot.clickOn("#phrase-abbreviation").write("ga");
        robot.clickOn("#phrase-text").write("godkänna avtalet").push(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> archive.services().editPhraseLibrary()
                .load(archive.services().manageBoards().boards().get(0).id()).find("ga").isPresent());
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> archive.services().editPhraseLibrary()
                .load(archive.services().manageBoards().boards().get(0).id()).find("ga").isEmpty());
    }

    /** Not the scene's root: ControlsFX's validation decorations wrap the root in a pane of their own. */
    private MainView mainView() {
        return robot.lookup(".main-view").queryAs(MainView.class);
    }

    private static String name(MeetingExport export, Attendee attendee) {
        return export.member(attendee.member()).orElseThrow().name();
    }
}
