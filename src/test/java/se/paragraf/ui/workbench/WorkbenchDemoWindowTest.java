package se.paragraf.ui.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import se.paragraf.ui.AppWindow;
import se.paragraf.ui.Screenshots;
import se.paragraf.ui.TestArchive;

/** The workbench on the demo archive: an imported protocol's §§ open in the editor with all their parts. */
class WorkbenchDemoWindowTest {
    @TempDir
    Path dataDir;
    private TestArchive archive;
    private AppWindow window;
    private final FxRobot robot = new FxRobot();

    @BeforeEach
    void startWindow() throws Exception {
        archive = TestArchive.openIn(dataDir).withDemo();
        window = AppWindow.start(archive);
    }

    @AfterEach
    void closeWindow() throws Exception {
        window.close();
        archive.close();
    }

    @Test
    void stepsThroughTheImportedParagraphsWithCtrlPageDown() {
        EditorRobot bench = new EditorRobot(robot, window.stage());
        bench.openMeeting("2025-05-20");
        bench.await("first paragraph", () -> title().equals("Val av justerare"));
        Screenshots.write(window.stage().getScene(), "56-editor-demo-p96");
        // The shortcut works wherever the keyboard is while the workbench is shown, here on the
        // quick search button outside it (where JavaFX puts the focus when a focused field goes).
        EditorRobot.onFx(() -> {
            robot.lookup("#quickSearch").query().requestFocus();
            return null;
        });
        bench.await("focus outside the workbench", () -> EditorRobot.onFx(() ->
                "quickSearch".equals(window.stage().getScene().getFocusOwner().getId())));
        robot.press(KeyCode.CONTROL).type(KeyCode.PAGE_DOWN).type(KeyCode.PAGE_DOWN).release(KeyCode.CONTROL);
        bench.await("§ 98", () -> title().startsWith("Svar på revisionsrapport"));
        assertThat(EditorRobot.onFx(() -> robot.lookup("#decision-preview-0").queryAs(Label.class).getText()))
                .contains("att avge ”Svar på revisionsrapport Skydd mot välfärdsbrott”;");
        Screenshots.write(window.stage().getScene(), "57-editor-demo-p98");
    }

    private String title() {
        return EditorRobot.onFx(() -> robot.lookup("#title").tryQuery().map(n -> ((TextField) n).getText()).orElse(""));
    }
}
