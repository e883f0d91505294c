package se.paragraf.ui.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import se.paragraf.application.assignment.WatchItem;
import se.paragraf.ui.Screenshots;
import se.paragraf.ui.SeedAssignments;
import se.paragraf.ui.TestArchive;
import se.paragraf.ui.task.FxTaskExecutor;
import se.paragraf.ui.watch.WatchListView;
import se.paragraf.ui.watch.WatchListViewModel;

/**
 * The editor-side components hosted in a test stage, as the paragraph editor will embed them:
 * accept the assignment § 114 proposes and find it on the watch list beside it.
 */
class AcceptAssignmentWindowTest {
    @TempDir
    Path dataDir;
    private TestArchive archive;
    private final FxRobot robot = new FxRobot();

    @BeforeEach
    void open() throws Exception {
        archive = TestArchive.openIn(dataDir).withDemo();
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        archive.close();
    }

    @Test
    void acceptingASuggestedAssignmentPutsItOnTheWatchList() throws Exception {
        FxTaskExecutor executor = new FxTaskExecutor(e -> { throw new AssertionError(e); });
        AssignmentSuggestionsView suggestions = new AssignmentSuggestionsView(
                new AssignmentSuggestionsViewModel(archive.services().manageAssignments(), executor));
        GoalLinksView goals = new GoalLinksView(new GoalLinksViewModel(archive.services().linkGoals(), executor));
        WatchListViewModel watchModel = new WatchListViewModel(archive.services().manageAssignments(),
                archive.services().scheduleReportBack(), executor);
        WatchListView watch = new WatchListView(watchModel);
        Stage stage = FxToolkit.setupStage(s -> {
            HBox root = new HBox(suggestions, goals, watch);
            HBox.setHgrow(watch, Priority.ALWAYS);
            suggestions.setPrefWidth(360);
            goals.setPrefWidth(380);
            watch.setMinWidth(400);
            Scene scene = new Scene(root, 1280, 760);
            scene.getStylesheets().add(se.paragraf.ui.ParagrafApp.class.getResource("paragraf.css").toExternalForm());
            s.setScene(scene);
            s.show();
        });
        var p114 = SeedAssignments.paragraph(archive, 114);
        robot.interact(() -> {
            suggestions.show(p114);
            goals.show(p114);
            watchModel.load();
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(".assignment-accept").tryQuery().isPresent()
                && robot.lookup(".goal-suggestions .list-cell .button").tryQuery().isPresent());
        Screenshots.write(stage.getScene(), "83-editor-components");

        robot.clickOn(robot.lookup(".assignment-accept").queryAs(Button.class));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(".assignment-registered .list-cell")
                .tryQuery().map(n -> ((javafx.scene.control.ListCell<?>) n).getItem() != null).orElse(false));
        robot.clickOn(robot.lookup(".watch-list .button").lookup((Button b) -> b.getText().equals("Uppdatera")).queryButton());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> watchTable().getItems().size() == 1);

        WatchItem item = watchTable().getItems().get(0);
        assertThat(item.assignment().assignee()).isEqualTo("regiondirektören");
        assertThat(item.assignment().task()).startsWith("återkomma till regionstyrelsen med konkreta förslag");
        assertThat(item.assignment().currentDue().text()).isEqualTo("under hösten 2025");
        assertThat(item.origin()).startsWith("§ 114");
        Screenshots.write(stage.getScene(), "84-accepted-on-watch-list");
    }

    @SuppressWarnings("unchecked")
    private TableView<WatchItem> watchTable() {
        return robot.lookup(".watch-table").queryAs(TableView.class);
    }
}
