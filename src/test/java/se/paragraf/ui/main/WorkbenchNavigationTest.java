package se.paragraf.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.paragraf.domain.board.Board;
import se.paragraf.domain.board.BoardKind;
import se.paragraf.domain.meeting.MeetingId;
import se.paragraf.ui.TestArchive;
import se.paragraf.ui.task.SynchronousTaskExecutor;

/** The workbench pages open under Sammanträden and go back where they came from. */
class WorkbenchNavigationTest {
    @TempDir
    Path dataDir;
    private TestArchive archive;
    private MainViewModel viewModel;

    @BeforeEach
    void open() {
        archive = TestArchive.openIn(dataDir);
        archive.services().manageBoards().createBoard("Regionstyrelsen", BoardKind.EXECUTIVE_BOARD, null, 2);
        viewModel = new MainViewModel(archive.services(), new SynchronousTaskExecutor(), "test");
    }

    @AfterEach
    void close() {
        archive.close();
    }

    @Test
    void aMeetingCreatedFromTheBoardsPageReturnsThereAndShowsInTheList() {
        viewModel.select(Section.SETTINGS);
        viewModel.meetings().openBoards();
        assertThat(viewModel.sectionProperty().get()).isEqualTo(Section.MEETINGS);
        assertThat(viewModel.workbenchPageProperty().get()).isEqualTo(WorkbenchPage.BOARDS);
        Board board = viewModel.boards().selectedProperty().get().board();

        viewModel.boards().newMeeting();
        assertThat(viewModel.workbenchPageProperty().get()).isEqualTo(WorkbenchPage.MEETING_FORM);
        assertThat(viewModel.meetingForm().boardProperty().get()).isEqualTo(board);
        viewModel.meetingForm().create();
        MeetingId created = viewModel.meetingForm().meetingIdProperty().get();
        assertThat(viewModel.meetings().boards()).singleElement()
                .satisfies(b -> assertThat(b.meetings()).singleElement()
                        .satisfies(m -> assertThat(m.meeting()).hasValue(created)));

        viewModel.meetingForm().close();
        assertThat(viewModel.workbenchPageProperty().get()).isEqualTo(WorkbenchPage.BOARDS);
        viewModel.boards().close();
        assertThat(viewModel.workbenchPageProperty().get()).isEqualTo(WorkbenchPage.NONE);
    }

    @Test
    void aStoredMeetingOpensForEditingFromTheListAndOpeningItsProtocolLeavesTheForm() {
        viewModel.start(question -> false);
        viewModel.meetings().newMeeting(null);
        viewModel.meetingForm().create();
        MeetingId id = viewModel.meetingForm().meetingIdProperty().get();
        viewModel.meetingForm().close();
        assertThat(viewModel.workbenchPageProperty().get()).isEqualTo(WorkbenchPage.NONE);

        viewModel.meetings().edit(viewModel.meetings().boards().get(0).meetings().get(0), null);
        assertThat(viewModel.workbenchPageProperty().get()).isEqualTo(WorkbenchPage.MEETING_FORM);
        assertThat(viewModel.meetingForm().meetingIdProperty().get()).isEqualTo(id);

        viewModel.openMeeting(id);
        assertThat(viewModel.workbenchPageProperty().get()).isEqualTo(WorkbenchPage.NONE);
        assertThat(viewModel.meetingOpenProperty().get()).isTrue();
    }
}
