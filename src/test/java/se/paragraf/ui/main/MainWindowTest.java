package se.paragraf.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import se.paragraf.ui.AppWindow;
import se.paragraf.ui.MeetingsTreeTitles;
import org.testfx.util.WaitForAsyncUtils;
import se.paragraf.ui.Screenshots;
import se.paragraf.ui.TestArchive;
import se.paragraf.ui.meetings.MeetingsRow;

/** Drives the real main window, headless, on a real archive in a temporary directory. */
class MainWindowTest {
    private static final List<String> SECTION_IDS = List.of("#nav-meetings", "#nav-matters", "#nav-plan",
            "#nav-delegation", "#nav-settings");
    private static final List<KeyCode> DIGITS = List.of(KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3,
            KeyCode.DIGIT4, KeyCode.DIGIT5);

    @TempDir
    Path dataDir;
    private TestArchive archive;
    private Stage stage;
    private AppWindow window;
    private final FxRobot robot = new FxRobot();

    @BeforeEach
    void startWindow() throws Exception {
        archive = TestArchive.openIn(dataDir);
        window = AppWindow.start(archive);
        stage = window.stage();
    }

    @AfterEach
    void closeWindow() throws Exception {
        window.close();
        archive.close();
    }

    @Test
    void acceptsTheDemoAndShowsItsMeetingThenNavigatesByClickAndShortcut() throws Exception {
        Window dialog = awaitDemoDialog();
        assertThat(robot.from(dialog.getScene().getRoot()).lookup(".content").queryLabeled().getText())
                .contains("Vill du skapa ett demoarkiv");
        Screenshots.write(dialog.getScene(), "00-demo-dialog");
        robot.clickOn(robot.from(dialog.getScene().getRoot()).lookup("Ja").queryButton());

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> meetingTitles().contains("2025-05-20"));
        assertThat(meetingTitles()).contains("Regionstyrelsen", "2025-05-20");
        // The model is filled before the cells are: wait for the rendering pulse.
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> cellShows("Regionstyrelsen") && cellShows("2025-05-20"));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !robot.lookup(".progress-indicator").tryQuery()
                .map(Node::isVisible).orElse(false));

        for (int i = 0; i < SECTION_IDS.size(); i++) {
            robot.clickOn(SECTION_IDS.get(i));
            assertShown(i);
            Screenshots.write(stage.getScene(), String.format("%02d-%s", i + 1, SECTION_IDS.get(i).substring(5)));
        }
        assertThat(robot.lookup("Schemaversion").tryQuery()).isPresent();
        assertThat(robot.lookup(archive.schemaVersion()).tryQuery()).isPresent();

        for (int i = DIGITS.size() - 1; i >= 0; i--) {
            robot.push(KeyCode.CONTROL, DIGITS.get(i));
            assertShown(i);
        }

        opensTheMeetingByDoubleClickStepsWithDownAndGoesBack();
    }

    private void opensTheMeetingByDoubleClickStepsWithDownAndGoesBack() throws Exception {
        robot.doubleClickOn(robot.lookup(".meetings-tree .tree-table-cell").lookup("2025-05-20").<Node>query());

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> protocolShows("§ 96 Val av justerare"));
        // As a user would, put the keyboard in the § list (its selected row) before stepping with Down;
        // headless Monocle does not always hand the window focus over after the double-click.
        // The protocol can show before the § list has laid out its cells, under load in particular.
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> robot.lookup(".paragraph-list .list-cell").lookup("Val av justerare").tryQuery().isPresent());
        robot.clickOn(robot.lookup(".paragraph-list .list-cell").lookup("Val av justerare").<Node>query());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> robot.lookup(".paragraph-list").queryAs(javafx.scene.control.ListView.class).isFocused());
        assertThat(robot.lookup("#nav-meetings").queryAs(ToggleButton.class).isSelected())
                .as("Sammanträden stays selected").isTrue();
        robot.type(KeyCode.DOWN, 2);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> protocolShows("§ 98 Svar på revisionsrapport; Skydd mot välfärdsbrott"));
        assertThat(protocolTexts()).anySatisfy(text -> assertThat(text)
                .contains("att avge ”Svar på revisionsrapport Skydd mot välfärdsbrott”;"));
        Screenshots.write(stage.getScene(), "10-meeting-p98");

        robot.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> protocolShows("§ 99 Svar på revisionsrapport; Delegering av beslutanderätt"));
        robot.type(KeyCode.DOWN, 2);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> protocolTexts().stream().anyMatch(t -> t.startsWith("§ 101 ")));
        assertThat(robot.lookup(".protocol-page .protocol-note").queryLabeled().getText())
                .isEqualTo("Paragrafen är omedelbart justerad");
        Screenshots.write(stage.getScene(), "11-meeting-p101-immediate");

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> cellShows("2025-05-20") && protocolTexts().isEmpty());
        assertShown(0);
    }

    private boolean protocolShows(String text) {
        return protocolTexts().contains(text);
    }

    private List<String> protocolTexts() {
        return robot.lookup(".protocol-page .selectable-text").<javafx.scene.control.TextInputControl>queryAll().stream()
                .filter(Node::isVisible).filter(node -> node.getScene() != null)
                .map(javafx.scene.control.TextInputControl::getText).toList();
    }

    @Test
    void declinedDemoLeavesAnEmptyArchiveThatSaysSo() throws Exception {
        Window dialog = awaitDemoDialog();
        robot.clickOn(robot.from(dialog.getScene().getRoot()).lookup("Nej").queryButton());

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> robot.lookup("Arkivet innehåller inga organ ännu.").tryQuery().isPresent());
        assertThat(meetingTitles()).isEmpty();
        Screenshots.write(stage.getScene(), "06-meetings-empty");
    }

    private boolean cellShows(String text) {
        return robot.lookup(".meetings-tree .tree-table-cell").lookup(text).tryQuery().isPresent();
    }

    private Window awaitDemoDialog() throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> dialogWindow() != null);
        return dialogWindow();
    }

    private Window dialogWindow() {
        return robot.listWindows().stream()
                .filter(window -> window != stage && window.isShowing() && window.getScene() != null)
                .filter(window -> !robot.from(window.getScene().getRoot()).lookup(".dialog-pane").queryAll().isEmpty())
                .findFirst().orElse(null);
    }

    private void assertShown(int index) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        String id = SECTION_IDS.get(index);
        ToggleButton button = robot.lookup(id).queryAs(ToggleButton.class);
        assertThat(button.isSelected()).as(id + " selected").isTrue();
        String title = button.getText();
        assertThat(robot.lookup(".page-host .title-2").<Node>queryAll())
                .as("the page titled " + title + " is shown")
                .filteredOn(Node::isVisible)
                .extracting(node -> ((Labeled) node).getText())
                .containsExactly(title);
    }

    private List<String> meetingTitles() throws Exception {
        return MeetingsTreeTitles.of(robot);
    }

}
