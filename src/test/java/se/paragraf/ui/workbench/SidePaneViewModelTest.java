package se.paragraf.ui.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.paragraf.ui.TestArchive;
import se.paragraf.ui.task.SynchronousTaskExecutor;

/** The side pane on a real archive: the preview after each stored step, the decision tabs only when in view. */
class SidePaneViewModelTest {
    @TempDir
    Path dataDir;
    private TestArchive archive;
    private WorkbenchViewModel workbench;
    private SidePaneViewModel side;
    private final AtomicInteger refreshes = new AtomicInteger();

    @BeforeEach
    void open() {
        archive = TestArchive.openIn(dataDir);
        WorkbenchFixture fixture = WorkbenchFixture.create(archive.services());
        MutableClock clock = new MutableClock(Instant.parse("2025-09-02T08:00:00Z"), ZoneOffset.UTC);
        workbench = new WorkbenchViewModel(archive.services(), new SynchronousTaskExecutor(),
                new ManualScheduler(clock), clock);
        side = workbench.side();
        side.previewRefresh(refreshes::incrementAndGet);
        workbench.open(fixture.meeting.id());
    }

    @AfterEach
    void close() {
        archive.close();
    }

    @Test
    void thePreviewShowsTheMeetingAtOnceAndRendersAgainAfterEachEditUndoAndRedo() {
        assertThat(side.preview().pages()).as("the meeting rendered as it opened").isNotEmpty();
        assertThat(refreshes).hasValue(0);

        workbench.agenda().addMatter("25KN14", "Plan för lokalförsörjning", null);
        assertThat(refreshes).hasValue(1);
        workbench.undo();
        workbench.redo();
        assertThat(refreshes).hasValue(3);
    }

    @Test
    void theDecisionTabsReadTheParagraphInTheEditorOnlyWhenChosen() {
        workbench.agenda().addMatter("25KN14", "Plan för lokalförsörjning", null);
        workbench.agenda().number();
        workbench.agenda().select(0);
        assertThat(workbench.editor().shownProperty().get()).isNotNull();
        assertThat(side.assignments().messageProperty().get()).as("not read while the preview is in view").isEmpty();

        side.nextTab();
        assertThat(side.tabProperty().get()).isEqualTo(SideTab.ASSIGNMENTS);
        assertThat(side.assignments().messageProperty().get()).isEqualTo("Paragrafens att-satser ger inga nya uppdrag.");
        int before = refreshes.get();
        workbench.agenda().addInformation("Förvaltningschefen informerar");
        assertThat(refreshes).as("the preview waits until it is chosen again").hasValue(before);

        side.nextTab();
        side.nextTab();
        assertThat(side.tabProperty().get()).isEqualTo(SideTab.PREVIEW);
        assertThat(side.preview().pages()).isNotEmpty();
    }
}
