package se.paragraf.ui.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.paragraf.domain.meeting.Meeting;
import se.paragraf.ui.SeedAssignments;
import se.paragraf.ui.TestArchive;
import se.paragraf.ui.task.SynchronousTaskExecutor;

class WatchListViewModelTest {
    @TempDir
    Path dir;
    private TestArchive archive;
    private WatchListViewModel viewModel;

    @BeforeEach
    void open() {
        archive = TestArchive.openIn(dir).withDemo();
        viewModel = new WatchListViewModel(archive.services().manageAssignments(), archive.services().scheduleReportBack(),
                new SynchronousTaskExecutor());
    }

    @AfterEach
    void close() {
        archive.close();
    }

    @Test
    void listsTheOpenAssignmentsByDueDateAndSaysHowManyAreOverdue() {
        viewModel.load();
        assertThat(viewModel.summaryProperty().get()).isEqualTo("Inga uppdrag att bevaka.");

        SeedAssignments.accept(archive);
        viewModel.load();

        assertThat(viewModel.items()).hasSize(8);
        assertThat(viewModel.items().get(0).assignment().currentDue().date()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(viewModel.items().get(7).assignment().currentDue().date()).isNull();
        long overdue = LocalDate.now().isAfter(LocalDate.of(2025, 12, 31)) ? 2 : 0;
        assertThat(viewModel.summaryProperty().get()).isEqualTo("8 uppdrag att bevaka, varav " + overdue + " försenade");
    }

    @Test
    void putOnNextMeetingNeedsAChoiceAndAPlannedMeetingThenAddsTheItem() {
        SeedAssignments.accept(archive);
        viewModel.load();
        viewModel.putOnNextMeeting();
        assertThat(viewModel.messageProperty().get()).isEqualTo("Välj först ett uppdrag i listan.");

        viewModel.selectedProperty().set(viewModel.items().get(0));
        viewModel.putOnNextMeeting();
        assertThat(viewModel.messageProperty().get()).startsWith("Regionstyrelsen har inget kommande sammanträde.");

        LocalDate next = LocalDate.now().plusDays(20);
        Meeting meeting = archive.unitOfWork().transaction(r -> {
            Meeting m = new Meeting(r.meetings().nextId(), r.boards().findByName("Regionstyrelsen").orElseThrow().id(), next,
                    LocalTime.of(9, 0), null, null, null);
            r.meetings().save(m);
            return m;
        });
        viewModel.putOnNextMeeting();
        assertThat(viewModel.messageProperty().get())
                .isEqualTo("Återrapporteringen står nu på föredragningslistan för Regionstyrelsen " + next + ".");
        assertThat(archive.services().editAgenda().show(meeting.id()).items()).hasSize(1);
    }
}
