package se.paragraf.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import se.paragraf.cli.MeetingExportCli;
import se.paragraf.domain.meeting.MeetingId;
import se.paragraf.ui.workbench.AppWindow;
import se.paragraf.ui.workbench.WorkbenchFixture;
import se.paragraf.ui.workbench.EditorRobot;

/**
 * The scenario end to end: a board with members and a meeting with attendance (made
 * through the application layer: the boards and meeting screens are another branch's), then in
 * the real window three agenda items (a § with a vote and a dissent, a § with jäv and an
 * ersättare serving, an information item), a reordering undone and redone, and finally the
 * exported JSON of `meeting export`.
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
        WorkbenchFixture fixture;
        try (TestArchive archive = TestArchive.openIn(dataDir)) {
            fixture = WorkbenchFixture.create(archive.services());
            meeting = fixture.meeting.id();
            AppWindow window = AppWindow.start(archive);
            try {
                takeDownTheMeeting(new EditorRobot(robot, window.stage()), fixture, window);
            } finally {
                window.close();
            }
        }

        JsonNode export = JSON.readTree(MeetingExportCli.json(dataDir, meeting.value()));
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

    private void takeDownTheMeeting(EditorRobot bench, WorkbenchFixture fixture, AppWindow window) {
        bench.openMeeting("2025-09-02");
        bench.addMatter("25KN12", GRANTS, "bevilja bidragen");
        bench.addMatter("25KN20", LEASE, "");
        bench.addInformation(INFORMATION);
        robot.clickOn("#agenda-number");
        bench.awaitAgenda("§ 1 " + GRANTS, "§ 2 " + LEASE, "Info " + INFORMATION);
        Screenshots.write(window.stage().getScene(), "30-scenario-agenda");

        // § 1: a formula with an att-sats, an open vote and a reservation.
        bench.selectAgendaRow(GRANTS);
        bench.awaitEditorTitle(GRANTS);
        robot.clickOn("#title");
        shortcut(KeyCode.B);
        bench.awaitFocus("block-0-clause-0");
        robot.write("bevilja bidragen enligt bilaga");
        shortcut(KeyCode.O);
        bench.awaitFocus("vote-0-subject");
        bench.clickInEditor("#ballot-0-" + fixture.id("Bo Lind") + "-no");
        bench.clickInEditor("#vote-0-rest-yes");
        bench.await("tally", () -> EditorRobot.onFx(() -> robot.lookup("#vote-0-tally").tryQuery()
                .map(n -> ((Label) n).getText().startsWith("Ja 4, nej 1, avstår 0 av 5")).orElse(false)));
        shortcut(KeyCode.R);
        bench.awaitFocus("dissent-0-member");
        bench.replaceText("dissent-0-member", "Bo Lind");
        bench.clickInEditor("#dissent-0-text");
        robot.write("Till förmån för avslag.");
        bench.await("no dissent finding", () -> bench.findings().stream().noneMatch(t -> t.contains("reserverar")));
        Screenshots.write(window.stage().getScene(), "31-scenario-vote-and-dissent");

        // § 2: Cecilia Ås is jävig and Gustav Sand serves in her place.
        bench.selectAgendaRow(LEASE);
        bench.awaitEditorTitle(LEASE);
        robot.clickOn("#title");
        shortcut(KeyCode.J);
        bench.awaitFocus("jav-0-member");
        bench.replaceText("jav-0-member", "Cecilia Ås");
        bench.replaceText("jav-0-substitute", "Gustav Sand");
        shortcut(KeyCode.B);
        bench.awaitFocus("block-0-clause-0");
        robot.write("godkänna hyresavtalet");
        bench.await("no jäv or quorum finding", () -> bench.findings().stream()
                .noneMatch(t -> t.contains("jävig") || t.contains("beslutsför") || t.contains("ska ersätta")));
        Screenshots.write(window.stage().getScene(), "32-scenario-jav");

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
        Screenshots.write(window.stage().getScene(), "33-scenario-reordered");
        robot.clickOn("#workbench-back");
        bench.await("meeting view", () -> robot.lookup("#editButton").tryQuery().isPresent());
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
