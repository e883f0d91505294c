package se.paragraf.ui.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import se.paragraf.domain.assignment.DecisionRef;
import se.paragraf.domain.paragraph.ParagraphNumber;
import se.paragraf.domain.plan.GoalId;
import se.paragraf.ui.AppWindow;
import se.paragraf.ui.Screenshots;
import se.paragraf.ui.SeedAssignments;
import se.paragraf.ui.TestArchive;

/** The Verksamhetsplan section in the real window: the plan tree, a goal's page and the watch list. */
class PlanWindowTest {
    @TempDir
    Path dataDir;
    private TestArchive archive;
    private Stage stage;
    private AppWindow window;
    private final FxRobot robot = new FxRobot();

    @BeforeEach
    void startWindow() throws Exception {
        archive = TestArchive.openIn(dataDir).withDemo();
        GoalId goal = archive.services().managePlans().list().get(0).nodes().stream()
                .filter(n -> "2.3.1".equals(n.code())).findFirst().orElseThrow().id();
        for (int number : new int[] {105, 106}) {
            var paragraph = archive.unitOfWork().transaction(r -> r.paragraphs().findAfter(null, 100).stream()
                    .filter(p -> p.number().equals(ParagraphNumber.of(number))).findFirst().orElseThrow());
            archive.services().linkGoals().link(goal, DecisionRef.whole(paragraph.id()));
        }
        SeedAssignments.accept(archive);
        window = AppWindow.start(archive).awaitMeeting("2025-05-20");
        stage = window.stage();
    }

    @AfterEach
    void closeWindow() throws Exception {
        window.close();
        archive.close();
    }

    @Test
    void thePlanTreeAGoalsPageAndTheWatchList() throws Exception {
        robot.clickOn("#nav-plan");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> tree().getRoot() != null && tree().getRoot().getChildren().size() == 4);
        Screenshots.write(stage.getScene(), "80-plan-tree");

        robot.clickOn(robot.lookup(".plan-tree .tree-cell").lookup((Node n) -> n instanceof javafx.scene.control.TreeCell<?> c
                && c.getItem() != null && c.getItem().toString().startsWith("2.3.1 ")).<Node>query());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> decisions().getItems().size() == 2);
        assertThat(decisions().getItems().get(0).paragraphLabel()).isEqualTo("§ 105");
        Screenshots.write(stage.getScene(), "81-goal-page");

        robot.clickOn("#plan-report");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(".follow-up-dialog").tryQuery().isPresent());
        Node dialog = robot.lookup(".follow-up-dialog").query();
        assertThat(robot.lookup(".follow-up-dialog .choice-box").queryAs(javafx.scene.control.ChoiceBox.class).getValue())
                .isNotNull();
        Screenshots.write(stage.getScene(), "84-plan-toolbar");
        Screenshots.write(dialog.getScene(), "84-follow-up-dialog");
        robot.interact(() -> ((javafx.stage.Stage) dialog.getScene().getWindow()).close());

        robot.clickOn("#tab-watch");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> watchTable().getItems().size() == 8);
        Screenshots.write(stage.getScene(), "82-watch-list");
    }

    @Test
    void aGoalAndAnIndicatorAddedThroughTheTreeAreThereAfterAReload() throws Exception {
        robot.clickOn("#nav-plan");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> cell("2.3.1 ") != null);
        robot.clickOn(cell("2.3.1 "));
        robot.clickOn("#plan-add-goal");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#plan-detail-title").queryAs(TextField.class).isFocused());
        robot.write("Vi minskar klimatavtrycket");
        robot.clickOn("#plan-save");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> cell("Vi minskar klimatavtrycket") != null);

        robot.clickOn("#plan-add-indicator");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#plan-indicator-name").queryAs(TextField.class).isFocused());
        robot.write("Resor med flyg");
        robot.clickOn("#plan-save");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> cell("Resor med flyg") != null);
        Screenshots.write(stage.getScene(), "83-plan-tree-added");

        window.close();
        window = AppWindow.start(archive);
        stage = window.stage();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#nav-plan").tryQuery().isPresent());
        robot.clickOn("#nav-plan");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> item("Vi minskar klimatavtrycket") != null);
        TreeItem<?> goal = item("Vi minskar klimatavtrycket");
        assertThat(goal.getParent().getValue().toString()).startsWith("2.3 ");
        assertThat(goal.getChildren()).extracting(c -> c.getValue().toString()).containsExactly("Resor med flyg");
    }

    private Node cell(String prefix) {
        return robot.lookup(".plan-tree .tree-cell").lookup((Node n) -> n instanceof javafx.scene.control.TreeCell<?> c
                && c.getItem() != null && c.getItem().toString().startsWith(prefix)).tryQuery().orElse(null);
    }

    private TreeItem<?> item(String text) {
        java.util.ArrayDeque<TreeItem<?>> todo = new java.util.ArrayDeque<>();
        if (tree().getRoot() != null) {
            todo.add(tree().getRoot());
        }
        while (!todo.isEmpty()) {
            TreeItem<?> next = todo.poll();
            if (next.getValue() != null && next.getValue().toString().equals(text)) {
                return next;
            }
            todo.addAll(next.getChildren());
        }
        return null;
    }

    private TreeView<?> tree() {
        return robot.lookup(".plan-tree").queryAs(TreeView.class);
    }

    private ListView<se.paragraf.application.plan.LinkedDecision> decisions() {
        @SuppressWarnings("unchecked")
        ListView<se.paragraf.application.plan.LinkedDecision> list = robot.lookup(".goal-decisions").queryAs(ListView.class);
        return list;
    }

    private TableView<?> watchTable() {
        return robot.lookup(".watch-table").queryAs(TableView.class);
    }
}
