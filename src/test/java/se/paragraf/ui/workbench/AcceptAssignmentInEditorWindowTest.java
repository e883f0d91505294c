package se.paragraf.ui.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import se.paragraf.application.assignment.WatchItem;
import se.paragraf.ui.AppWindow;
import se.paragraf.ui.Screenshots;
import se.paragraf.ui.TestArchive;

/**
 * Issue 8 in the real window: a clause that gives an uppdrag is typed in the § editor, the
 * side pane's Uppdrag tab (reached by Ctrl+Skift+P) proposes it, the secretary accepts it, and
 * it stands on Verksamhetsplan → Bevakningslista.
 */
class AcceptAssignmentInEditorWindowTest {
    private static final String CLAUSE =
            "uppdra till regiondirektören att ta fram en plan och återkomma till regionstyrelsen i september";
    @TempDir
    Path dataDir;
    private TestArchive archive;
    private AppWindow window;
    private Stage stage;
    private final FxRobot robot = new FxRobot();

    @BeforeEach
    void startWindow() throws Exception {
        archive = TestArchive.openIn(dataDir);
        WorkbenchFixture.create(archive.services());
        window = AppWindow.start(archive);
        stage = window.stage();
    }

    @AfterEach
    void closeWindow() throws Exception {
        window.close();
        archive.close();
    }

    @Test
    void acceptsTheSuggestedAssignmentInTheEditorAndFindsItOnTheWatchList() {
        var plans = archive.services().managePlans();
        var plan = plans.create(plans.boards().get(0).id(), "Verksamhetsplan 2025", se.paragraf.domain.plan.Period.of(2025, 2025));
        var area = plans.addArea(plan.id(), "Attraktiv arbetsgivare").goal();
        plans.addGoal(plan.id(), area, "Vi erbjuder attraktiva arbetsplatser");
        plans.addGoal(plan.id(), plans.addArea(plan.id(), "Lokaler").goal(), "Vi planerar lokalförsörjningen långsiktigt");
        EditorRobot bench = new EditorRobot(robot, stage);
        bench.openMeeting("2025-09-02");
        bench.addMatter("25KN14", "Plan för lokalförsörjning", "");
        robot.clickOn("#agenda-number");
        bench.awaitAgenda("§ 1 Plan för lokalförsörjning");
        bench.selectAgendaRow("Plan för lokalförsörjning");
        bench.awaitEditorTitle("Plan för lokalförsörjning");
        bench.await("the preview of the meeting", () -> EditorRobot.onFx(() -> !archiveWindowPreviewPages().isEmpty()));

        bench.clickInEditor("#title");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.B).release(KeyCode.SHIFT, KeyCode.CONTROL);
        bench.awaitFocus("block-0-clause-0");
        robot.write(CLAUSE);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.P).release(KeyCode.SHIFT, KeyCode.CONTROL);
        assertThat(EditorRobot.onFx(() -> sideTabs().getSelectionModel().getSelectedItem().getId()))
                .isEqualTo("side-tab-assignments");
        bench.await("the suggestion for the whole clause", () -> EditorRobot.onFx(() -> robot
                .lookup(".assignment-suggestion .label").queryAllAs(javafx.scene.control.Label.class).stream()
                .anyMatch(l -> l.getText().equals("att " + CLAUSE))));
        Screenshots.write(stage.getScene(), "59-editor-side-pane-assignment");

        robot.clickOn(robot.lookup(".assignment-accept").queryAs(Button.class));
        bench.await("the accepted assignment under the suggestions", () -> EditorRobot.onFx(() ->
                robot.lookup(".assignment-registered .list-cell").queryAllAs(javafx.scene.control.ListCell.class)
                        .stream().anyMatch(c -> c.getItem() != null)));

        robot.clickOn("#side-tab-goals");
        bench.await("the goal tree", () -> EditorRobot.onFx(() -> robot.lookup(".goal-tree").queryAs(javafx.scene.control.TreeView.class)
                .getRoot() != null));
        robot.clickOn(".goal-search").write("arbetsplatser");
        bench.await("the search's goal under its area", () -> EditorRobot.onFx(() -> {
            var root = robot.lookup(".goal-tree").queryAs(javafx.scene.control.TreeView.class).getRoot();
            return root != null && root.getChildren().size() == 1
                    && ((javafx.scene.control.TreeItem<?>) root.getChildren().get(0)).getChildren().size() == 1;
        }));
        Screenshots.write(stage.getScene(), "59-editor-goal-tree");

        robot.clickOn("#workbench-back");
        robot.clickOn("#nav-plan");
        bench.await("the watch list tab", () -> EditorRobot.onFx(() -> robot.lookup("#tab-watch").tryQuery().isPresent()));
        robot.clickOn("#tab-watch");
        bench.await("the assignment on the watch list", () -> EditorRobot.onFx(() -> watchTable().getItems().size() == 1));
        WatchItem item = EditorRobot.onFx(() -> watchTable().getItems().get(0));
        assertThat(item.assignment().assignee()).isEqualTo("regiondirektören");
        assertThat(item.assignment().task()).contains("ta fram en plan och återkomma till regionstyrelsen");
        assertThat(item.origin()).startsWith("§ 1");
        Screenshots.write(stage.getScene(), "59-watch-list-after-editor");
    }

    @Test
    void thePreviewFollowsTheEditorAfterEachSave() {
        EditorRobot bench = new EditorRobot(robot, stage);
        bench.openMeeting("2025-09-02");
        bench.await("the first rendering", () -> EditorRobot.onFx(() -> !archiveWindowPreviewPages().isEmpty()));
        var before = EditorRobot.onFx(() -> archiveWindowPreviewPages().get(0));
        bench.addMatter("25KN15", "Budget 2026", "");
        bench.await("a new rendering after the save", () -> EditorRobot.onFx(() -> !archiveWindowPreviewPages().isEmpty()
                && archiveWindowPreviewPages().get(0) != before));
        Screenshots.write(stage.getScene(), "58-editor-side-pane-preview");
    }

    private java.util.List<javafx.scene.image.Image> archiveWindowPreviewPages() {
        return robot.lookup("#workbench-side-tabs .preview-page").queryAllAs(javafx.scene.image.ImageView.class)
                .stream().map(javafx.scene.image.ImageView::getImage).toList();
    }

    private TabPane sideTabs() {
        return robot.lookup("#workbench-side-tabs").queryAs(TabPane.class);
    }

    @SuppressWarnings("unchecked")
    private TableView<WatchItem> watchTable() {
        return robot.lookup(".watch-table").queryAs(TableView.class);
    }
}
