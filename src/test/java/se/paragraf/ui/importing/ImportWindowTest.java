package se.paragraf.ui.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
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
import se.paragraf.ui.main.MainView;
import se.paragraf.ui.meetings.MeetingsRow;

/**
 * The import wizard and the folder import in the real window, headless, on an archive without the
 * demo. The system's file dialogs cannot be driven headless, so the tests hand the file to
 * {@code MainViewModel.importFile}/{@code importFolder}, which is exactly what the dialogs do.
 */
class ImportWindowTest {
    @TempDir
    Path dataDir;
    @TempDir
    Path folder;
    private TestArchive archive;
    private Stage stage;
    private AppWindow window;
    private final FxRobot robot = new FxRobot();

    @BeforeEach
    void startWindowWithoutTheDemo() throws Exception {
        archive = TestArchive.openIn(dataDir);
        window = AppWindow.start(archive);
        stage = window.stage();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> dialogWindow() != null);
        robot.clickOn(robot.from(dialogWindow().getScene().getRoot()).lookup("Nej").queryButton());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> robot.lookup("Arkivet innehåller inga organ ännu.").tryQuery().isPresent());
    }

    @AfterEach
    void closeWindow() throws Exception {
        window.close();
        archive.close();
    }

    @Test
    void correctsTheTitleOfParagraphOneSavesAndFindsTheMeetingInSammantraden() throws Exception {
        assertThat(robot.lookup("#importFileButton").queryButton().getText()).isEqualTo("Importera protokoll …");
        robot.interact(() -> mainView().viewModel().importFile(ImportWizardViewModelTest.HOGSBY.toAbsolutePath()));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> paragraphList().getItems().size() == 13);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> text("#numberField").equals("1"));
        assertThat(robot.lookup("13 paragrafer").tryQuery().isPresent()
                || robot.lookup(".import-wizard .text-muted").queryAll().stream()
                .anyMatch(n -> n instanceof javafx.scene.control.Label l && l.getText().startsWith("13 paragrafer")))
                .isTrue();

        robot.clickOn("#titleField");
        robot.push(KeyCode.CONTROL, KeyCode.A);
        robot.write("Godkännande av dagordningen");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> text("#titleField").equals("Godkännande av dagordningen"));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> paragraphList().getItems().get(0).title().equals("Godkännande av dagordningen"));
        Screenshots.write(stage.getScene(), "30-import-wizard-hogsby");

        robot.clickOn(robot.lookup("Spara i arkivet").queryButton());

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> protocolTexts().contains("§ 1 Godkännande av dagordningen"));
        robot.clickOn(robot.lookup(".back-button").queryButton());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> meetingTitles().contains("2007-01-08"));
        assertThat(meetingTitles()).contains("Kommunstyrelsen", "2007-01-08");
    }

    @Test
    void showsTheSeedWithAWarnedParagraphThenImportsAFolderWithProgressAndSummary() throws Exception {
        robot.interact(() -> mainView().viewModel().importFile(ImportWizardViewModelTest.SEED.toAbsolutePath()));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> paragraphList().getItems().size() == 40);
        int warned = paragraphList().getItems().stream().filter(WizardParagraphItem::hasWarnings)
                .map(paragraphList().getItems()::indexOf).findFirst().orElseThrow();
        robot.interact(() -> {
            paragraphList().getSelectionModel().select(warned);
            paragraphList().scrollTo(warned);
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !robot.lookup(".import-warning").queryAll().isEmpty());
        assertThat(robot.lookup("#sourceArea").queryAs(TextInputControl.class).getSelectedText())
                .contains("§ " + text("#numberField"));
        Screenshots.write(stage.getScene(), "31-import-wizard-seed-warning");
        robot.clickOn(robot.lookup("Avbryt").queryButton());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#importFolderButton").tryQuery()
                .map(Node::isVisible).orElse(false));

        Files.copy(ImportWizardViewModelTest.SEED, folder.resolve("regionstyrelsen-2025-05-20.txt"));
        Files.copy(ImportWizardViewModelTest.HOGSBY, folder.resolve("ks-2007-01-08.txt"));
        Files.writeString(folder.resolve("inkopslista.txt"), "Mjölk\nSmör\n", StandardCharsets.UTF_8);
        robot.interact(() -> mainView().viewModel().importFolder(folder));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(".folder-summary").tryQuery()
                .map(Node::isVisible).orElse(false));
        assertThat(robot.lookup(".folder-summary").queryLabeled().getText())
                .startsWith("2 protokoll importerade, inga redan importerade, 1 misslyckades");
        Screenshots.write(stage.getScene(), "32-folder-import-summary");

        robot.clickOn(robot.lookup("Tillbaka till Sammanträden").queryButton());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> meetingTitles().containsAll(List.of("Regionstyrelsen", "2025-05-20", "Kommunstyrelsen", "2007-01-08")));
    }

    private MainView mainView() {
        return (MainView) stage.getScene().getRoot();
    }

    @SuppressWarnings("unchecked")
    private ListView<WizardParagraphItem> paragraphList() {
        return robot.lookup(".import-paragraph-list").queryAs(ListView.class);
    }

    private String text(String query) {
        return robot.lookup(query).queryAs(TextField.class).getText();
    }

    private List<String> protocolTexts() {
        return robot.lookup(".meeting-view .protocol-page .selectable-text").<TextInputControl>queryAll().stream()
                .filter(Node::isVisible).filter(node -> node.getScene() != null)
                .map(TextInputControl::getText).toList();
    }

    private Window dialogWindow() {
        return robot.listWindows().stream()
                .filter(window -> window != stage && window.isShowing() && window.getScene() != null)
                .filter(window -> !robot.from(window.getScene().getRoot()).lookup(".dialog-pane").queryAll().isEmpty())
                .findFirst().orElse(null);
    }

    private List<String> meetingTitles() throws Exception {
        return MeetingsTreeTitles.of(robot);
    }
}
