package se.paragraf.ui.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import se.paragraf.domain.paragraph.Paragraph;
import se.paragraf.ui.AppWindow;
import se.paragraf.ui.Screenshots;
import se.paragraf.ui.TestArchive;

/** The workbench in the real window, headless: the agenda by keyboard and by dragging, and a § with a vote and a dissent. */
class MinutesEditorWindowTest {
    @TempDir
    Path dataDir;
    private TestArchive archive;
    private WorkbenchFixture fixture;
    private AppWindow window;
    private Stage stage;
    private final FxRobot robot = new FxRobot();

    @BeforeEach
    void startWindow() throws Exception {
        archive = TestArchive.openIn(dataDir);
        fixture = WorkbenchFixture.create(archive.services());
        window = AppWindow.start(archive);
        stage = window.stage();
    }

    @AfterEach
    void closeWindow() throws Exception {
        window.close();
        archive.close();
    }

    @Test
    void buildsTheAgendaReordersItByKeyboardAndDragAndEntersAParagraphWithAVoteAndADissent() throws Exception {
        EditorRobot bench = new EditorRobot(robot, stage);
        bench.openMeeting("2025-09-02");
        Screenshots.write(stage.getScene(), "50-editor-empty");

        bench.addMatter("25KN12", "Bidrag till föreningar", "bevilja bidragen");
        bench.addInformation("Förvaltningschefen informerar");
        bench.addMatter("", "Budget 2026", "");
        robot.clickOn("#agenda-number");
        bench.awaitAgenda("§ 1 Bidrag till föreningar", "Info Förvaltningschefen informerar", "§ 2 Budget 2026");
        assertThat(titles()).containsExactly("1 Bidrag till föreningar", "2 Budget 2026");

        bench.selectAgendaRow("Budget 2026");
        robot.press(KeyCode.ALT).type(KeyCode.UP).type(KeyCode.UP).release(KeyCode.ALT);
        bench.awaitAgenda("§ 1 Budget 2026", "§ 2 Bidrag till föreningar", "Info Förvaltningschefen informerar");
        assertThat(titles()).containsExactly("1 Budget 2026", "2 Bidrag till föreningar");
        Screenshots.write(stage.getScene(), "51-editor-agenda-moved");

        robot.drag(bench.agendaCell("Förvaltningschefen informerar")).dropTo(bench.agendaCell("Budget 2026"));
        bench.awaitAgenda("Info Förvaltningschefen informerar", "§ 1 Budget 2026", "§ 2 Bidrag till föreningar");

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        bench.awaitAgenda("§ 1 Budget 2026", "§ 2 Bidrag till föreningar", "Info Förvaltningschefen informerar");
        robot.press(KeyCode.CONTROL).type(KeyCode.Y).release(KeyCode.CONTROL);
        bench.awaitAgenda("Info Förvaltningschefen informerar", "§ 1 Budget 2026", "§ 2 Bidrag till föreningar");

        bench.selectAgendaRow("Bidrag till föreningar");
        bench.awaitEditorTitle("Bidrag till föreningar");
        Screenshots.write(stage.getScene(), "54-editor-paragraph-opened");
        bench.clickInEditor("#title");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.B).release(KeyCode.SHIFT, KeyCode.CONTROL);
        bench.awaitFocus("block-0-clause-0");
        robot.write("bevilja bidragen enligt bilaga");
        robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        bench.awaitFocus("block-0-clause-1");
        robot.write("lth");
        robot.press(KeyCode.CONTROL).type(KeyCode.SPACE).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#decision-preview-0").queryAs(Label.class)
                .getText().equals("Kulturnämnden beslutar\n\natt bevilja bidragen enligt bilaga; samt\n\n"
                        + "att lägga informationen till handlingarna."));

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.O).release(KeyCode.SHIFT, KeyCode.CONTROL);
        bench.awaitFocus("vote-0-subject");
        assertThat(bench.findings()).anySatisfy(text -> assertThat(text).contains("omröstningen har 0 röster men 5"));
        bench.clickInEditor("#ballot-0-" + fixture.id("Bo Lind") + "-no");
        bench.clickInEditor("#vote-0-rest-yes");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#vote-0-tally").tryQuery()
                .map(n -> ((Label) n).getText().startsWith("Ja 4, nej 1, avstår 0 av 5")).orElse(false));
        assertThat(bench.findings()).noneSatisfy(text -> assertThat(text).contains("omröstningen"));

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.R).release(KeyCode.SHIFT, KeyCode.CONTROL);
        bench.awaitFocus("dissent-0-member");
        bench.replaceText("dissent-0-member", "Gustav Sand");
        bench.await("dissent-by-non-participant", () -> bench.findings().stream()
                .anyMatch(t -> t.contains("Gustav Sand reserverar sig men deltog inte")));
        Screenshots.write(stage.getScene(), "52-editor-dissent-by-non-participant");
        bench.replaceText("dissent-0-member", "Bo Lind");
        bench.clickInEditor("#dissent-0-text");
        robot.write("Till förmån för eget yrkande.");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> bench.findings().stream().noneMatch(t -> t.contains("reserverar")));

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
            Paragraph p = paragraph("Bidrag till föreningar");
            return !p.proceedings().dissents().isEmpty() && "Till förmån för eget yrkande.".equals(p.proceedings().dissents().get(0).text());
        });
        Paragraph stored = paragraph("Bidrag till föreningar");
        assertThat(stored.decision().render()).endsWith("att lägga informationen till handlingarna.");
        assertThat(stored.proceedings().votes()).singleElement().satisfies(v -> assertThat(v.tally().no()).isEqualTo(1));
        assertThat(stored.proceedings().dissents()).singleElement()
                .satisfies(d -> assertThat(d.member()).isEqualTo(fixture.id("Bo Lind")));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#save-status").queryAs(Label.class)
                .getText().startsWith("Sparat "));
        Screenshots.write(stage.getScene(), "53-editor-paragraph-with-vote");
    }

    @Test
    void aJusteratProtocolOpensReadOnlyAndSaysWhy() throws Exception {
        var s = archive.services();
        s.editAgenda().add(fixture.meeting.id(), s.editAgenda().newMatter(null, "Bidrag till föreningar", null)).execute();
        s.editAgenda().number(fixture.meeting.id()).execute();
        s.adjustMinutes().readyForAdjustment(fixture.meeting.id(), java.time.LocalDate.of(2025, 9, 5));
        s.adjustMinutes().adjust(fixture.meeting.id(), java.time.LocalDate.of(2025, 9, 5));

        EditorRobot bench = new EditorRobot(robot, stage);
        bench.openMeeting("2025-09-02");
        bench.await("read-only-banner", () -> robot.lookup("#editor-read-only").tryQuery().isPresent());
        assertThat(robot.lookup("#editor-read-only").queryAs(Label.class).getText())
                .contains("justerades 2025-09-05").contains("kan inte längre ändras");
        assertThat(EditorRobot.onFx(() -> robot.lookup("#title").queryAs(TextField.class).isDisabled())).isTrue();
        assertThat(EditorRobot.onFx(() -> robot.lookup("#agenda-add-matter").query().isDisabled())).isTrue();
        Screenshots.write(stage.getScene(), "55-editor-read-only");
    }

    private List<String> titles() {
        return archive.services().showMeeting().show(fixture.meeting.id()).orElseThrow().paragraphs().stream()
                .map(p -> p.number() + " " + p.title()).toList();
    }

    private Paragraph paragraph(String title) {
        return archive.services().showMeeting().show(fixture.meeting.id()).orElseThrow().paragraphs().stream()
                .filter(p -> p.title().equals(title)).findFirst().orElseThrow();
    }
}
