package se.paragraf.ui.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import se.paragraf.ui.AppWindow;
import se.paragraf.ui.Screenshots;
import se.paragraf.ui.TestArchive;

/** The preview pane in the meeting view of the real window, on the demo archive. */
class MinutesPreviewWindowTest {
    @TempDir
    Path dataDir;
    private TestArchive archive;
    private Stage stage;
    private AppWindow window;
    private final FxRobot robot = new FxRobot();

    @BeforeEach
    void startWindow() throws Exception {
        archive = TestArchive.openIn(dataDir).withDemo();
        window = AppWindow.start(archive);
        stage = window.stage();
    }

    @AfterEach
    void closeWindow() throws Exception {
        window.close();
        archive.close();
    }

    @Test
    void theToggleShowsThePrintedMinutesBesideTheParagraphAndHidesThemAgain() throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(".meetings-tree .tree-table-cell")
                .lookup("2025-05-20").tryQuery().isPresent());
        robot.doubleClickOn(robot.lookup(".meetings-tree .tree-table-cell").lookup("2025-05-20").<Node>query());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(".paragraph-list .list-cell")
                .lookup("Val av justerare").tryQuery().isPresent());

        robot.clickOn("Förhandsgranska");

        // The status is read from the test's thread while the FX thread fills the pane: wait for both.
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup(".minutes-preview .preview-page").queryAll()
                .size() > 30 && robot.lookup(".minutes-preview .label").queryLabeled().getText().endsWith(" sidor"));
        assertThat(robot.lookup("Skriv ut …").<Node>query().isDisabled()).isFalse();
        assertThat(robot.lookup("Spara som PDF …").<Node>query().isDisabled()).isFalse();
        ImageView first = robot.lookup(".minutes-preview .preview-page").queryAs(ImageView.class);
        assertThat(first.getBoundsInParent().getWidth()).isGreaterThan(200);
        Screenshots.write(stage.getScene(), "20-meeting-preview");

        robot.clickOn("Förhandsgranska");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".minutes-preview").tryQuery()).isEmpty();
        assertThat(robot.lookup("Förhandsgranska").queryAs(ToggleButton.class).isSelected()).isFalse();
    }
}
