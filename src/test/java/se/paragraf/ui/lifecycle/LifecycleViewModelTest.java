package se.paragraf.ui.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.paragraf.domain.adjustment.MinutesStatus;
import se.paragraf.domain.board.BoardKind;
import se.paragraf.domain.meeting.Meeting;
import se.paragraf.domain.paragraph.ParagraphNumber;
import se.paragraf.domain.paragraph.Recipient;
import se.paragraf.ui.TestArchive;
import se.paragraf.ui.task.SynchronousTaskExecutor;

class LifecycleViewModelTest {
    @TempDir
    Path dataDir;
    private TestArchive archive;
    private LifecycleViewModel viewModel;
    private Meeting meeting;

    @BeforeEach
    void meeting() {
        archive = TestArchive.openIn(dataDir);
        var s = archive.services();
        var board = s.manageBoards().createBoard("Regionstyrelsen", BoardKind.EXECUTIVE_BOARD, null, 2);
        meeting = s.planMeeting().create(board.id(), LocalDate.of(2025, 5, 20), null, null, null, null);
        s.editParagraph().save(s.editAgenda().newParagraph(meeting.id(), ParagraphNumber.of(98), "Revisionsrapport")
                .sentTo(java.util.List.of(new Recipient("Regiondirektör"))));
        Clock today = Clock.fixed(LocalDate.of(2025, 5, 31).atStartOfDay(ZoneId.systemDefault()).toInstant(),
                ZoneId.systemDefault());
        viewModel = new LifecycleViewModel(s, new SynchronousTaskExecutor(), today);
        viewModel.open(meeting.id());
    }

    @AfterEach
    void close() {
        archive.close();
    }

    @Test
    void aDraftOffersOnlyTheNextStepAndWarnsAboutTheJusteringDeadline() {
        assertThat(viewModel.statusProperty().get()).isEqualTo("Utkast");
        assertThat(viewModel.canMarkReady()).isTrue();
        assertThat(viewModel.canAdjust()).isFalse();
        assertThat(viewModel.canPost()).isFalse();
        assertThat(viewModel.deadlines()).containsExactly("Justeras senast 2025-06-03 (14 dagar efter sammanträdet)");
        assertThat(viewModel.warnings()).containsExactly("Protokollet ska justeras senast 2025-06-03.");
        assertThat(viewModel.dispatchSummaryProperty().get()).isEqualTo("0 av 1 mottagare har fått sina utdrag.");
        assertThat(viewModel.undelivered()).containsExactly("§ 98 till Regiondirektör: inte expedierat");
    }

    @Test
    void walksToAnslagAndExplainsWhatIsMissingOnTheWay() {
        viewModel.dateProperty().set(LocalDate.of(2025, 5, 21));
        viewModel.markReady();
        assertThat(viewModel.statusProperty().get()).isEqualTo("Klart för justering");

        viewModel.dateProperty().set(LocalDate.of(2025, 5, 23));
        viewModel.adjustOnPaper();
        assertThat(viewModel.messageProperty().get()).contains("Skriv vilka som undertecknade");
        viewModel.signersProperty().set("Anna Ordförande, Bertil Justerare");
        viewModel.adjustOnPaper();
        assertThat(viewModel.lifecycleProperty().get().status()).isEqualTo(MinutesStatus.ADJUSTED);
        assertThat(viewModel.messageProperty().get()).isEmpty();
        assertThat(archive.services().signMinutes().signatures(meeting.id())).hasSize(2);

        viewModel.dateProperty().set(LocalDate.of(2025, 5, 26));
        viewModel.post();
        assertThat(viewModel.messageProperty().get()).contains("Var protokollet förvaras");
        viewModel.keptAtProperty().set("Regionens kansli, Härnösand");
        viewModel.post();
        assertThat(viewModel.statusProperty().get()).isEqualTo("Anslaget");
        assertThat(viewModel.deadlines()).contains("Sista dag för överklagande 2025-06-16",
                "Anslaget tas ned 2025-06-17");
        assertThat(viewModel.canCorrect()).isTrue();

        viewModel.correctionReasonProperty().set("Stavfel");
        viewModel.correctionTextProperty().set("Ordet ska vara revisionsrapport.");
        viewModel.correct();
        assertThat(viewModel.corrections()).singleElement().asString().contains("Stavfel", "revisionsrapport");

        // A rättelse of one §, named by its number; a number the meeting lacks is explained.
        viewModel.correctionParagraphProperty().set("§ 7");
        viewModel.correctionReasonProperty().set("Fel datum");
        viewModel.correctionTextProperty().set("Beslutet gäller från 1 juli.");
        viewModel.correct();
        assertThat(viewModel.messageProperty().get()).contains("§ 7 finns inte i sammanträdet");
        viewModel.correctionParagraphProperty().set("98");
        viewModel.correct();
        assertThat(viewModel.messageProperty().get()).isEmpty();
        assertThat(viewModel.corrections()).hasSize(2);
        assertThat(archive.services().correctMinutes().corrections(meeting.id())).last()
                .satisfies(c -> assertThat(c.paragraph()).isNotNull());
    }

    @Test
    void theAnslagDialogProposesBeforeAndShowsTheRecordedAnslagAfter() {
        viewModel.dateProperty().set(LocalDate.of(2025, 5, 21));
        viewModel.markReady();
        viewModel.signersProperty().set("Anna Ordförande, Bertil Justerare");
        viewModel.dateProperty().set(LocalDate.of(2025, 5, 23));
        viewModel.adjustOnPaper();

        viewModel.dateProperty().set(LocalDate.of(2025, 5, 27));
        assertThat(viewModel.noticeProperty().get().recorded()).isFalse();
        assertThat(viewModel.noticeProposalProperty().get())
                .isEqualTo("Anslås det 2025-05-27: sista dag för överklagande 2025-06-17, anslaget tas ned tidigast 2025-06-18.");
        viewModel.keptAtProperty().set("Regionens kansli, Härnösand");
        viewModel.post();

        assertThat(viewModel.noticeProperty().get().recorded()).isTrue();
        assertThat(viewModel.noticeProposalProperty().get()).isEmpty();
        // Another day picked afterwards changes nothing: the recorded anslag wins.
        viewModel.dateProperty().set(LocalDate.of(2025, 6, 30));
        assertThat(viewModel.noticeProperty().get().postedOn()).isEqualTo("2025-05-27");
        assertThat(viewModel.deadlines()).contains("Anslaget 2025-05-27", "Sista dag för överklagande 2025-06-17",
                "Anslaget tas ned 2025-06-18", "Protokollet förvaras: Regionens kansli, Härnösand");
    }
}
