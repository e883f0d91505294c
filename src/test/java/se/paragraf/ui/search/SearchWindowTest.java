package se.paragraf.ui.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
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
import se.paragraf.ui.meeting.ParagraphItem;

/** Search in the real window, headless: Ctrl+K, a case number as it is often written, and open the hit. */
class SearchWindowTest {
    @TempDir
    Path dataDir;
    private TestArchive archive;
    private Stage stage;
    private AppWindow window;
    private final FxRobot robot = new FxRobot();

    @BeforeEach
    void startWindow() throws Exception {
        archive = TestArchive.openIn(dataDir).withDemo();
        window = AppWindow.start(archive).awaitMeeting("2025-05-20");
        stage = window.stage();
    }

    @AfterEach
    void closeWindow() throws Exception {
        window.close();
        archive.close();
    }

    @Test
    void ctrlKThenACaseNumberShowsTheTimelineAndEnterOpensParagraph98InItsMeeting() throws Exception {
        robot.push(KeyCode.CONTROL, KeyCode.K);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> searchField().isFocused());
        assertThat(robot.lookup("#nav-matters").queryAs(ToggleButton.class).isSelected()).isTrue();

        robot.write("rs 2025/1523");
        // Results come as you type: a word search on "rs 2025" may show § 98 before the case number is whole.
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> resultShows("§ 98")
                && robot.lookup(".search-summary").queryLabeled().getText().startsWith("Ärende 25RS1523:"));
        assertThat(robot.lookup(".search-results .result-title").queryLabeled().getText())
                .isEqualTo("Svar på revisionsrapport; Skydd mot välfärdsbrott");
        Screenshots.write(stage.getScene(), "20-search-case-timeline");

        robot.clickOn(robot.lookup(".search-results .result-number").lookup("§ 98").<Node>query());
        robot.type(KeyCode.ENTER);

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> protocolTexts().contains("§ 98 Svar på revisionsrapport; Skydd mot välfärdsbrott"));
        assertThat(robot.lookup("#nav-meetings").queryAs(ToggleButton.class).isSelected()).isTrue();
        @SuppressWarnings("unchecked")
        ListView<ParagraphItem> paragraphs = robot.lookup(".paragraph-list").queryAs(ListView.class);
        assertThat(paragraphs.getSelectionModel().getSelectedItem().number()).isEqualTo("§ 98");
    }

    @Test
    void utdragOnATimelineRowShowsThatParagraphsExtractInAPreviewWindow() throws Exception {
        robot.push(KeyCode.CONTROL, KeyCode.K);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> searchField().isFocused());
        robot.write("25RS1523");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> resultShows("§ 98")
                && robot.lookup(".search-summary").queryLabeled().getText().startsWith("Ärende 25RS1523:"));

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> extractButtonOf("§ 98").isPresent());
        robot.clickOn(extractButtonOf("§ 98").orElseThrow());

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(".minutes-preview .preview-page")
                .tryQuery().isPresent());
        Node preview = robot.lookup(".minutes-preview").query();
        Stage window = (Stage) preview.getScene().getWindow();
        assertThat(window).isNotSameAs(stage);
        assertThat(window.getTitle()).isEqualTo("Protokollsutdrag § 98 – Regionstyrelsen 2025-05-20");
        assertThat(robot.from(preview).lookup(".button").queryAllAs(Button.class)).extracting(Button::getText)
                .contains("Spara som PDF …", "Skriv ut …");
        Screenshots.write(window.getScene(), "22-search-extract-preview");
    }

    @Test
    void wordsShowHighlightedSnippetsWithoutMarksAndADoubleClickOpensTheHit() throws Exception {
        robot.clickOn(".quick-search");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> searchField().isFocused());
        robot.write("välfärdsbrott");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> resultShows("§ 98"));
        WaitForAsyncUtils.waitForFxEvents();

        List<String> bold = robot.lookup(".search-results .snippet-match").<Text>queryAll().stream()
                .map(Text::getText).toList();
        assertThat(bold).anySatisfy(word -> assertThat(word.toLowerCase()).startsWith("välfärdsbrott"));
        assertThat(robot.lookup(".search-results Text").<Text>queryAll()).extracting(Text::getText)
                .noneMatch(text -> text.contains("«") || text.contains("»"));
        assertThat(robot.lookup(".search-summary").queryLabeled().getText()).contains("träff");
        Screenshots.write(stage.getScene(), "21-search-words");

        robot.push(KeyCode.CONTROL, KeyCode.K);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(searchField().getSelectedText()).as("Ctrl+K selects the text, so typing replaces it")
                .isEqualTo("välfärdsbrott");

        robot.doubleClickOn(robot.lookup(".search-results .result-number").lookup("§ 98").<Node>query());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> protocolTexts().contains("§ 98 Svar på revisionsrapport; Skydd mot välfärdsbrott"));
    }

    /** The list also keeps an invisible cell for measuring; only a row on show can be clicked. */
    private Optional<Node> extractButtonOf(String number) {
        return robot.lookup(".search-results .result-extract").match(node -> shown(node)
                && rowOf(node) instanceof ListCell<?> cell && cell.getItem() instanceof SearchResultItem item
                && item.number().equals(number)).tryQuery();
    }

    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    private static Node rowOf(Node node) {
        Node n = node;
        while (n != null && !(n instanceof ListCell<?>)) {
            n = n.getParent();
        }
        return n;
    }

    private TextField searchField() {
        return robot.lookup(".search-field").queryAs(TextField.class);
    }

    private boolean resultShows(String number) {
        return robot.lookup(".search-results .result-number").lookup(number).tryQuery().isPresent();
    }

    private List<String> protocolTexts() {
        return robot.lookup(".protocol-page .selectable-text").<TextInputControl>queryAll().stream()
                .filter(Node::isVisible).filter(node -> node.getScene() != null)
                .map(TextInputControl::getText).toList();
    }
}
