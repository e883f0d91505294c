package se.paragraf.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.paragraf.domain.paragraph.Paragraph;
import se.paragraf.ui.TestArchive;
import se.paragraf.ui.meeting.ParagraphItem;
import se.paragraf.ui.meetings.MeetingsRow;
import se.paragraf.ui.task.SynchronousTaskExecutor;

/** Opening meetings and paragraphs from the main window's model, as the list and the search do. */
class MainViewModelTest {
    @TempDir
    Path dataDir;
    private TestArchive archive;

    @AfterEach
    void close() {
        archive.close();
    }

    @Test
    void theStartUpCheckWarnsWhenAJusteratProtocolNoLongerMatchesItsRecord() throws Exception {
        archive = TestArchive.openIn(dataDir).withDemo();
        var meeting = archive.demoMeeting();
        archive.services().adjustMinutes().readyForAdjustment(meeting, java.time.LocalDate.of(2025, 5, 22));
        archive.services().adjustMinutes().adjust(meeting, java.time.LocalDate.of(2025, 5, 23), java.util.List.of("A"));
        MainViewModel viewModel = new MainViewModel(archive.services(), new SynchronousTaskExecutor(), "test");
        viewModel.checkRecords();
        assertThat(viewModel.recordWarningProperty().get()).isEmpty();

        archive.close();
        // Someone with the file in hand changes a § around the database's guard.
        var owner = se.paragraf.persistence.ArchiveCredentials.read(dataDir).owner();
        try (var c = java.sql.DriverManager.getConnection(se.paragraf.persistence.Database.h2Url(dataDir),
                owner.user(), owner.password()); var s = c.createStatement()) {
            s.execute("drop trigger paragraph_lock");
            s.execute("update paragraph set title = 'Annan rubrik' where number = 98");
        }
        archive = TestArchive.openIn(dataDir);
        viewModel = new MainViewModel(archive.services(), new SynchronousTaskExecutor(), "test");
        viewModel.checkRecords();
        assertThat(viewModel.recordWarningProperty().get()).startsWith("Arkivkontrollen: 1 fel")
                .contains("§ 98, rubrik").contains("Klicka för hela listan");
        assertThat(viewModel.recordProblems()).contains("§ 98, rubrik: ");
    }

    @Test
    void aMeetingRowOpensItsMeetingUnderSammantradenAndBackReturnsToTheList() {
        archive = TestArchive.openIn(dataDir).withDemo();
        MainViewModel viewModel = new MainViewModel(archive.services(), new SynchronousTaskExecutor(), "test");
        viewModel.reload();
        MeetingsRow boardRow = viewModel.meetings().boards().get(0).board();
        MeetingsRow meetingRow = viewModel.meetings().boards().stream()
                .flatMap(board -> board.meetings().stream())
                .filter(row -> row.title().equals("2025-05-20")).findFirst().orElseThrow();

        viewModel.meetings().open(boardRow);
        assertThat(viewModel.meetingOpenProperty().get()).as("a board's row opens nothing").isFalse();

        viewModel.meetings().open(meetingRow);
        assertThat(viewModel.meetingOpenProperty().get()).isTrue();
        assertThat(viewModel.sectionProperty().get()).isEqualTo(Section.MEETINGS);
        assertThat(viewModel.meeting().meetingProperty().get()).isEqualTo(meetingRow.meeting().orElseThrow());
        assertThat(viewModel.meeting().selectedParagraph()).map(ParagraphItem::number).contains("§ 96");

        viewModel.closeMeeting();
        assertThat(viewModel.meetingOpenProperty().get()).isFalse();
    }

    @Test
    void openParagraphShowsItsMeetingWithThatParagraphFromAnySection() {
        archive = TestArchive.openIn(dataDir).withDemo();
        MainViewModel viewModel = new MainViewModel(archive.services(), new SynchronousTaskExecutor(), "test");
        Paragraph p101 = archive.services().listMeetings().all().stream()
                .flatMap(board -> board.meetings().stream())
                .map(meeting -> archive.services().showMeeting().show(meeting.meeting().id()).orElseThrow())
                .flatMap(details -> details.paragraphs().stream())
                .filter(p -> p.number().number() == 101).findFirst().orElseThrow();
        viewModel.select(Section.MATTERS);

        viewModel.openParagraph(p101.id());

        assertThat(viewModel.sectionProperty().get()).isEqualTo(Section.MEETINGS);
        assertThat(viewModel.meetingOpenProperty().get()).isTrue();
        assertThat(viewModel.meeting().selectedParagraph()).hasValueSatisfying(item -> {
            assertThat(item.id()).isEqualTo(p101.id());
            assertThat(item.immediatelyAdjusted()).isTrue();
        });
    }
}
