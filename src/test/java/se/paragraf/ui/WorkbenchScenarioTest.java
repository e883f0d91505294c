package se.paragraf.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import se.paragraf.cli.MeetingExportCli;
import se.paragraf.domain.meeting.MeetingId;
import se.paragraf.domain.board.BoardKind;
import se.paragraf.domain.board.MembershipRole;
import se.paragraf.domain.meeting.AttendanceKind;
import se.paragraf.ui.main.MainView;
import se.paragraf.ui.workbench.EditorRobot;

/**
 * The scenario end to end in the real window: a board with members, a meeting with
 * attendance ({@link WorkbenchRobot}), three agenda items (a § with a vote and a dissent, a § with
 * jäv and an ersättare serving, an information item; {@link EditorRobot}), a reordering undone and
 * redone, and finally the JSON that `meeting export` prints.
 */
class WorkbenchScenarioTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String GRANTS = "Bidrag till föreningar";
    private static final String LEASE = "Hyresavtal för kulturhuset";
    private static final String INFORMATION = "Förvaltningschefen informerar";

    @TempDir
    Path dataDir;
    private final FxRobot robot = new FxRobot();

    @Test
    void boardMeetingAgendaParagraphsReorderUndoRedoAndExport() throws Exception {
        MeetingId meeting;
        try (TestArchive archive = TestArchive.openIn(dataDir)) {
            AppWindow window = AppWindow.start(archive);
            try {
                meeting = prepareTheMeeting(new WorkbenchRobot(robot, window.stage()).declineDemo());
                takeDownTheMeeting(new EditorRobot(robot, window.stage()), window);
                justeraAndPost(new EditorRobot(robot, window.stage()));
            } finally {
                window.close();
            }
        }

        JsonNode export = JSON.readTree(MeetingExportCli.json(dataDir, meeting.value()));
        assertThat(export.path("officers").path("adjustedOn").asText()).isEqualTo("2025-09-05");
        assertThat(export.path("board").path("name").asText()).isEqualTo("Kulturnämnden");
        assertThat(names(export.path("attendance").path("attendees")))
                .containsExactly("Anna Ek", "Bo Lind", "Cecilia Ås", "David Berg", "Fia Holm", "Gustav Sand");
        JsonNode agenda = export.path("agenda");
        assertThat(agenda).hasSize(3);
        assertThat(agenda.get(0).path("title").asText()).isEqualTo(LEASE);
        assertThat(agenda.get(0).path("paragraph").asText()).isEqualTo("1");
        assertThat(agenda.get(2).path("information").asBoolean()).isTrue();
        assertThat(agenda.get(2).path("paragraph").isNull()).isTrue();

        JsonNode paragraphs = export.path("paragraphs");
        assertThat(paragraphs).hasSize(2);
        JsonNode lease = paragraphs.get(0);
        assertThat(lease.path("number").asText()).isEqualTo("1");
        assertThat(lease.path("title").asText()).isEqualTo(LEASE);
        assertThat(lease.path("caseNumbers").get(0).asText()).isEqualTo("KN 2025/20");
        JsonNode jav = lease.path("disqualifications").get(0);
        assertThat(jav.path("name").asText()).isEqualTo("Cecilia Ås");
        assertThat(jav.path("substitute").path("name").asText()).isEqualTo("Gustav Sand");
        assertThat(names(lease.path("serving"))).contains("Gustav Sand").doesNotContain("Cecilia Ås").hasSize(5);
        assertThat(lease.path("decision").get(0).path("renderedClauses").get(0).asText())
                .isEqualTo("att godkänna hyresavtalet.");

        JsonNode grants = paragraphs.get(1);
        assertThat(grants.path("number").asText()).isEqualTo("2");
        JsonNode vote = grants.path("votes").get(0);
        assertThat(vote.path("open").asBoolean()).isTrue();
        assertThat(vote.path("yes").asInt()).isEqualTo(4);
        assertThat(vote.path("no").asInt()).isEqualTo(1);
        assertThat(vote.path("ballots")).hasSize(5);
        JsonNode dissent = grants.path("dissents").get(0);
        assertThat(dissent.path("name").asText()).isEqualTo("Bo Lind");
        assertThat(dissent.path("text").asText()).isEqualTo("Till förmån för avslag.");
        assertThat(grants.path("decision").get(0).path("formula").asText()).isEqualTo("Kulturnämnden beslutar");

        List<String> errors = new ArrayList<>();
        export.path("findings").forEach(f -> {
            if (f.path("severity").asText().equals("ERROR")) {
                errors.add(f.path("message").asText());
            }
        });
        assertThat(errors).as("no vote, dissent, jäv or quorum errors").isEmpty();
    }

    /** The board, its roll, the meeting and who attends, as the secretary enters them before the meeting. */
    private MeetingId prepareTheMeeting(WorkbenchRobot workbench) throws Exception {
        workbench.openBoards()
                .createBoard("Kulturnämnden", BoardKind.BOARD, null, 1)
                .createBoard("Kulturutskottet", BoardKind.COMMITTEE, "Kulturnämnden", 1)
                .selectBoard("Kulturnämnden")
                .addMember("Anna Ek", "S", MembershipRole.CHAIR)
                .addMember("Bo Lind", "S", MembershipRole.MEMBER)
                .addMember("Cecilia Ås", "M", MembershipRole.MEMBER)
                .addMember("David Berg", "C", MembershipRole.MEMBER)
                .addMember("Erik Öst", "L", MembershipRole.MEMBER)
                .addMember("Fia Holm", "S", MembershipRole.SUBSTITUTE)
                .addMember("Gustav Sand", "M", MembershipRole.SUBSTITUTE)
                .newMeetingForSelectedBoard()
                .createMeeting(LocalDate.of(2025, 9, 2), "9.00", "12.00", "Kulturhuset", "25KN1")
                .fillAttendanceFromRoll()
                .removeAttendee("Erik Öst")
                .addAttendee("Fia Holm", AttendanceKind.SERVING_SUBSTITUTE, "Erik Öst")
                .addAttendee("Gustav Sand", AttendanceKind.PRESENT_NOT_SERVING, null)
                .setOfficers("Anna Ek", "Sara Sekreterare", "Bo Lind");
        MeetingId id = robot.lookup(".main-view").queryAs(MainView.class).viewModel().meetingForm().meetingIdProperty().get();
        workbench.back();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#board-list").tryQuery().isPresent());
        workbench.back();
        return id;
    }

    private void takeDownTheMeeting(EditorRobot bench, AppWindow window) {
        bench.openMeeting("2025-09-02");
        bench.addMatter("25KN12", GRANTS, "bevilja bidragen");
        bench.addMatter("25KN20", LEASE, "");
        bench.addInformation(INFORMATION);
        robot.clickOn("#agenda-number");
        bench.awaitAgenda("§ 1 " + GRANTS, "§ 2 " + LEASE, "Info " + INFORMATION);
        Screenshots.write(window.stage().getScene(), "60-scenario-agenda");

        // § 1: a formula with an att-sats, an open vote and a reservation.
        bench.selectAgendaRow(GRANTS);
        bench.awaitEditorTitle(GRANTS);
        bench.clickInEditor("#title");
        shortcut(KeyCode.B);
        bench.awaitFocus("block-0-clause-0");
        robot.write("bevilja bidragen enligt bilaga");
        shortcut(KeyCode.O);
        bench.awaitFocus("vote-0-subject");
        bench.ballot(0, "Bo Lind", "Nej");
        bench.clickInEditor("#vote-0-rest-yes");
        bench.await("tally", () -> EditorRobot.onFx(() -> robot.lookup("#vote-0-tally").tryQuery()
                .map(n -> ((Label) n).getText().startsWith("Ja 4, nej 1, avstår 0 av 5")).orElse(false)));
        shortcut(KeyCode.R);
        bench.awaitFocus("dissent-0-member");
        bench.replaceText("dissent-0-member", "Bo Lind");
        bench.clickInEditor("#dissent-0-text");
        robot.write("Till förmån för avslag.");
        bench.await("no dissent finding", () -> bench.findings().stream().noneMatch(t -> t.contains("reserverar")));
        Screenshots.write(window.stage().getScene(), "61-scenario-vote-and-dissent");

        // § 2: Cecilia Ås is jävig and Gustav Sand serves in her place.
        bench.selectAgendaRow(LEASE);
        bench.awaitEditorTitle(LEASE);
        bench.clickInEditor("#title");
        shortcut(KeyCode.J);
        bench.awaitFocus("jav-0-member");
        bench.replaceText("jav-0-member", "Cecilia Ås");
        bench.replaceText("jav-0-substitute", "Gustav Sand");
        shortcut(KeyCode.B);
        bench.awaitFocus("block-0-clause-0");
        robot.write("godkänna hyresavtalet");
        bench.await("no jäv or quorum finding", () -> bench.findings().stream()
                .noneMatch(t -> t.contains("jävig") || t.contains("beslutsför") || t.contains("ska ersätta")));
        Screenshots.write(window.stage().getScene(), "62-scenario-jav");

        // The lease first, by keyboard; undone and redone.
        bench.selectAgendaRow(LEASE);
        robot.press(KeyCode.ALT).type(KeyCode.UP).release(KeyCode.ALT);
        bench.awaitAgenda("§ 1 " + LEASE, "§ 2 " + GRANTS, "Info " + INFORMATION);
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        bench.awaitAgenda("§ 1 " + GRANTS, "§ 2 " + LEASE, "Info " + INFORMATION);
        robot.press(KeyCode.CONTROL).type(KeyCode.Y).release(KeyCode.CONTROL);
        bench.awaitAgenda("§ 1 " + LEASE, "§ 2 " + GRANTS, "Info " + INFORMATION);
        bench.await("saved", () -> EditorRobot.onFx(() -> robot.lookup("#save-status").queryAs(Label.class)
                .getText().startsWith("Sparat ")));
        Screenshots.write(window.stage().getScene(), "63-scenario-reordered");
        robot.clickOn("#workbench-back");
        bench.await("meeting view", () -> robot.lookup("#editButton").tryQuery().isPresent());
    }

    /** Issue 5's end of the day: ready for justering, justerat, anslaget; then the editor is read-only. */
    private void justeraAndPost(EditorRobot bench) {
        robot.clickOn("#lifecycleButton");
        bench.await("lifecycle panel", () -> status().equals("Status: Utkast"));
        javafx.scene.control.DatePicker picker = robot.lookup("#lifecycle-date").queryAs(javafx.scene.control.DatePicker.class);
        robot.interact(() -> picker.setValue(LocalDate.of(2025, 9, 3)));
        robot.clickOn("#lifecycle-ready");
        bench.await("ready", () -> status().equals("Status: Klart för justering"));
        robot.interact(() -> picker.setValue(LocalDate.of(2025, 9, 5)));
        robot.clickOn("#lifecycle-signers").write("Anna Ek, Bo Lind");
        robot.clickOn("#lifecycle-adjust");
        bench.await("justerat", () -> status().equals("Status: Justerat"));
        robot.interact(() -> picker.setValue(LocalDate.of(2025, 9, 8)));
        robot.clickOn("#lifecycle-kept-at").write("Kulturförvaltningen");
        robot.clickOn("#lifecycle-post");
        bench.await("anslaget", () -> status().equals("Status: Anslaget"));
        assertThat(robot.lookup(".lifecycle-deadline").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("Sista dag för överklagande 2025-09-29");
        Screenshots.write(robot.lookup("#lifecycle-status").query().getScene(), "64-scenario-posted");
        robot.interact(() -> robot.lookup("#lifecycle-status").query().getScene().getWindow().hide());

        robot.clickOn("#editButton");
        bench.await("read-only editor", () -> robot.lookup("#editor-read-only").tryQuery().isPresent());
        robot.clickOn("#workbench-back");
    }

    private String status() {
        return robot.lookup("#lifecycle-status").tryQuery().map(n -> ((Label) n).getText()).orElse("");
    }

    private void shortcut(KeyCode key) {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(key).release(KeyCode.SHIFT, KeyCode.CONTROL);
    }

    private static List<String> names(JsonNode members) {
        List<String> names = new ArrayList<>();
        members.forEach(m -> names.add(m.path("name").asText()));
        return names;
    }
}
