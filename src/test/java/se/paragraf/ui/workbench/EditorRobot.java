package se.paragraf.ui.workbench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the agenda and the § editor in the real window, waiting on what the user would see (ui.WorkbenchRobot does boards and meetings). */
public final class EditorRobot {
    private static final int WAIT = 30;
    private final FxRobot robot;
    private final Stage stage;

    public EditorRobot(FxRobot robot, Stage stage) {
        this.robot = robot;
        this.stage = stage;
    }

    /** From the Sammanträden list: opens the meeting of that date and its workbench. */
    public void openMeeting(String date) {
        try {
            openMeetingOrTimeOut(date);
        } catch (TimeoutException e) {
            throw new AssertionError("The meeting " + date + " did not open in the workbench", e);
        }
    }

    private void openMeetingOrTimeOut(String date) throws TimeoutException {
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS,
                () -> robot.lookup(".meetings-tree .tree-table-cell").lookup(date).tryQuery().isPresent());
        robot.doubleClickOn(robot.lookup(".meetings-tree .tree-table-cell").lookup(date).<Node>query());
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS,
                () -> robot.lookup("#editButton").tryQuery().map(n -> !n.isDisabled()).orElse(false));
        robot.clickOn("#editButton");
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> onFx(() -> robot.lookup("#workbench-title").tryQuery()
                .map(n -> !((Label) n).getText().isEmpty()).orElse(false)));
    }

    public void addMatter(String caseNumber, String title, String proposal) {
        int before = onFx(() -> agenda().getItems().size());
        robot.clickOn("#agenda-case");
        if (!caseNumber.isEmpty()) {
            robot.write(caseNumber);
        }
        robot.clickOn("#agenda-item-title").write(title);
        robot.clickOn("#agenda-proposal");
        if (!proposal.isEmpty()) {
            robot.write(proposal);
        }
        robot.clickOn("#agenda-add-matter");
        await("agenda item " + title, () -> onFx(() -> agenda().getItems().size() == before + 1));
    }

    public void addInformation(String title) {
        int before = onFx(() -> agenda().getItems().size());
        robot.clickOn("#agenda-item-title").write(title);
        robot.clickOn("#agenda-add-information");
        await("agenda item " + title, () -> onFx(() -> agenda().getItems().size() == before + 1));
    }

    /** Waits until the agenda reads, row by row, "§ 1 Title" or "Info Title". */
    public void awaitAgenda(String... rows) {
        try {
            WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> agendaRows().equals(List.of(rows)));
        } catch (TimeoutException e) {
            se.paragraf.ui.Screenshots.write(stage.getScene(), "failed-agenda");
            throw new AssertionError("The agenda reads " + agendaRows() + ", not " + List.of(rows), e);
        }
    }

    public List<String> agendaRows() {
        // Read on the FX thread: the list changes there, and a lookup while ControlsFX wraps the
        // scene's root for its decorations would find nothing.
        return onFx(() -> agenda().getItems().stream().map(r -> r.number() + " " + r.title()).toList());
    }

    public static <T> T onFx(java.util.concurrent.Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get(WAIT, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public void selectAgendaRow(String title) {
        robot.clickOn(agendaCell(title));
    }

    public Node agendaCell(String title) {
        return robot.lookup("#agenda-list .list-cell").match((Node n) -> n instanceof javafx.scene.control.ListCell<?> c
                && c.getItem() instanceof AgendaRow r && r.title().equals(title)).query();
    }

    public void awaitEditorTitle(String title) {
        await("title " + title, () -> onFx(() -> robot.lookup("#title").tryQuery()
                .map(n -> ((TextField) n).getText().equals(title)).orElse(false)));
    }

    /** Waits until the field with that id (the field key with dots as dashes) has the keyboard. */
    public void awaitFocus(String id) {
        await("focus in " + id, () -> onFx(() -> stage.getScene().getFocusOwner() != null
                && id.equals(stage.getScene().getFocusOwner().getId())));
    }

    /** Selects the field's text and types over it, as a user correcting a name would. */
    public void replaceText(String id, String text) {
        TextInputControl field = robot.lookup("#" + id).queryAs(TextInputControl.class);
        clickInEditor("#" + id);
        robot.interact(field::selectAll);
        robot.write(text);
    }

    /** Waits for the condition; on time-out, a screenshot named after {@code what} shows why. */
    public void await(String what, java.util.concurrent.Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, condition);
        } catch (TimeoutException e) {
            se.paragraf.ui.Screenshots.write(stage.getScene(), "failed-" + what);
            throw new AssertionError("Waited in vain for " + what + "; findings: " + findings(), e);
        }
    }

    /** Clicks a control in the editor after giving it the focus, which scrolls it into view as Tab would. */
    public void clickInEditor(String id) {
        Node node = robot.lookup(id).query();
        robot.interact(node::requestFocus);
        // A field that already had the focus is not scrolled to again, and a finding appearing above it
        // can push it out of view: scroll to it as a user would, then click once it is in view.
        robot.interact(() -> scrollIntoView(node));
        await("in view " + id, () -> onFx(() -> inView(node)));
        robot.clickOn(node);
    }

    private static void scrollIntoView(Node node) {
        for (javafx.scene.Parent parent = node.getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof javafx.scene.control.ScrollPane pane && pane.getContent() != null) {
                Node content = pane.getContent();
                double hidden = content.getLayoutBounds().getHeight() - pane.getViewportBounds().getHeight();
                if (hidden > 0) {
                    double top = content.sceneToLocal(node.localToScene(node.getBoundsInLocal())).getMinY();
                    pane.setVvalue(Math.max(0, Math.min(1, (top - 24) / hidden)));
                }
                return;
            }
        }
    }

    private static boolean inView(Node node) {
        if (node.getScene() == null) {
            return false;
        }
        javafx.geometry.Bounds bounds = node.localToScene(node.getBoundsInLocal());
        for (javafx.scene.Parent parent = node.getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof javafx.scene.control.ScrollPane pane
                    && !pane.localToScene(pane.getLayoutBounds()).intersects(bounds)) {
                return false;
            }
        }
        return bounds.intersects(0, 0, node.getScene().getWidth(), node.getScene().getHeight());
    }

    /** In open vote {@code vote}, the member's ballot: "Ja", "Nej" or "Avstår", clicked as a user would. */
    public void ballot(int vote, String member, String choice) {
        Node button = onFx(() -> {
            javafx.scene.layout.GridPane grid = robot.lookup("#vote-" + vote + "-ballots").query();
            Integer row = grid.getChildren().stream().filter(n -> n instanceof Label l && l.getText().equals(member))
                    .map(javafx.scene.layout.GridPane::getRowIndex).findFirst().orElseThrow();
            javafx.scene.layout.HBox choices = (javafx.scene.layout.HBox) grid.getChildren().stream()
                    .filter(n -> n instanceof javafx.scene.layout.HBox && row.equals(javafx.scene.layout.GridPane.getRowIndex(n)))
                    .findFirst().orElseThrow();
            return choices.getChildren().stream().filter(b -> ((javafx.scene.control.ToggleButton) b).getText().equals(choice))
                    .findFirst().orElseThrow();
        });
        robot.interact(button::requestFocus);
        robot.clickOn(button);
    }

    /** The findings shown at the top of the editor. */
    public List<String> findings() {
        return robot.lookup("#editor-findings .label").queryAllAs(Label.class).stream().map(Label::getText).toList();
    }

    @SuppressWarnings("unchecked")
    private ListView<AgendaRow> agenda() {
        return robot.lookup("#agenda-list").queryAs(ListView.class);
    }
}
