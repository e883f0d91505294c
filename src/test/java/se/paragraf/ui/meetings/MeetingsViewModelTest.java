package se.paragraf.ui.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.paragraf.ui.TestArchive;
import se.paragraf.ui.task.QueuedTaskExecutor;
import se.paragraf.ui.task.SynchronousTaskExecutor;

class MeetingsViewModelTest {
    @TempDir
    Path dataDir;
    private TestArchive archive;

    @AfterEach
    void close() {
        archive.close();
    }

    @Test
    void anEmptyArchiveShowsNoBoardsAndSaysSo() {
        archive = TestArchive.openIn(dataDir);
        MeetingsViewModel viewModel = new MeetingsViewModel(archive.services().listMeetings(), new SynchronousTaskExecutor());

        assertThat(viewModel.placeholderProperty().get()).isEqualTo("Läser in sammanträden …");
        viewModel.load();

        assertThat(viewModel.boards()).isEmpty();
        assertThat(viewModel.loadingProperty().get()).isFalse();
        assertThat(viewModel.placeholderProperty().get()).isEqualTo("Arkivet innehåller inga organ ännu.");
    }

    @Test
    void theDemoArchiveShowsRegionstyrelsenAndItsMeetingFormatted() {
        archive = TestArchive.openIn(dataDir).withDemo();
        MeetingsViewModel viewModel = new MeetingsViewModel(archive.services().listMeetings(), new SynchronousTaskExecutor());

        viewModel.load();

        BoardItem board = viewModel.boards().stream()
                .filter(item -> item.board().title().equals("Regionstyrelsen"))
                .findFirst().orElseThrow();
        assertThat(board.board().kind()).isEqualTo("Styrelse");
        assertThat(board.meetings()).singleElement().satisfies(meeting -> {
            assertThat(meeting.title()).isEqualTo("2025-05-20");
            assertThat(meeting.minutesCase()).isEqualTo("25RS1");
            assertThat(meeting.paragraphs()).startsWith("§§ 96–");
            int count = Integer.parseInt(meeting.paragraphCount());
            assertThat(meeting.paragraphs()).isEqualTo("§§ 96–" + (96 + count - 1));
        });
        assertThat(viewModel.boards()).filteredOn(item -> item.parentBoard().isPresent())
                .as("utskott sit under their board")
                .allSatisfy(item -> assertThat(item.parent()).isEqualTo(board.id()));
        assertThat(viewModel.boards()).extracting(item -> item.board().title())
                .as("boards in Swedish alphabetical order")
                .isSortedAccordingTo(java.text.Collator.getInstance(java.util.Locale.forLanguageTag("sv-SE")));
    }

    @Test
    void aSlowOlderLoadDoesNotOverwriteANewerOne() {
        archive = TestArchive.openIn(dataDir);
        QueuedTaskExecutor executor = new QueuedTaskExecutor();
        MeetingsViewModel viewModel = new MeetingsViewModel(archive.services().listMeetings(), executor);

        viewModel.load();
        viewModel.load();
        executor.run(1);
        assertThat(viewModel.boards()).isEmpty();
        archive.withDemo();
        executor.run(0);
        assertThat(executor.queuedCount()).as("only the newer load goes on to count §§").isEqualTo(3);
        executor.run(2);

        assertThat(viewModel.boards()).as("the older load's result is dropped").isEmpty();
        assertThat(viewModel.loadingProperty().get()).isFalse();
    }

    @Test
    void meetingsShowAtOnceAndTheirParagraphsWhenCounted() {
        archive = TestArchive.openIn(dataDir).withDemo();
        QueuedTaskExecutor executor = new QueuedTaskExecutor();
        MeetingsViewModel viewModel = new MeetingsViewModel(archive.services().listMeetings(), executor);

        viewModel.load();
        executor.run(0);

        assertThat(viewModel.boards()).isNotEmpty();
        assertThat(viewModel.boards()).flatExtracting(BoardItem::meetings).isNotEmpty().allSatisfy(meeting -> {
            assertThat(meeting.paragraphCount()).isEqualTo("…");
            assertThat(meeting.paragraphs()).isEmpty();
        });
        assertThat(viewModel.loadingProperty().get()).as("still counting").isTrue();

        executor.run(1);

        assertThat(viewModel.boards()).flatExtracting(BoardItem::meetings)
                .anySatisfy(meeting -> assertThat(meeting.paragraphs()).startsWith("§§ 96–"))
                .allSatisfy(meeting -> assertThat(meeting.paragraphCount()).containsOnlyDigits());
        assertThat(viewModel.loadingProperty().get()).isFalse();
    }
}
