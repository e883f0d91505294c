package se.paragraf.ui.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.paragraf.application.Services;
import se.paragraf.application.meeting.MeetingDetails;
import se.paragraf.domain.meeting.MeetingId;
import se.paragraf.domain.paragraph.Paragraph;
import se.paragraf.domain.paragraph.ParagraphId;
import se.paragraf.ui.TestArchive;
import se.paragraf.ui.task.QueuedTaskExecutor;
import se.paragraf.ui.task.SynchronousTaskExecutor;

/** The meeting view's model on the real demo archive. */
class MeetingViewModelTest {
    @TempDir
    Path dataDir;
    private TestArchive archive;
    private Services services;
    private MeetingViewModel viewModel;

    @BeforeEach
    void openDemo() {
        archive = TestArchive.openIn(dataDir).withDemo();
        services = archive.services();
        viewModel = new MeetingViewModel(services.showMeeting(), services.showParagraph(), new SynchronousTaskExecutor());
    }

    @AfterEach
    void close() {
        archive.close();
    }

    @Test
    void opensTheMeetingWithItsHeaderAndParagraphsInOrderFirstSelected() {
        viewModel.open(demoMeeting());

        assertThat(viewModel.boardProperty().get()).isEqualTo("Regionstyrelsen");
        assertThat(viewModel.factsProperty().get())
                .startsWith("Sammanträde 2025-05-20")
                .contains("Dnr 25RS1")
                .contains("§§ 96–" + lastNumber());
        assertThat(viewModel.paragraphs()).extracting(ParagraphItem::number)
                .startsWith("§ 96", "§ 97", "§ 98", "§ 99", "§ 100", "§ 101");
        assertThat(viewModel.paragraphs().get(2)).satisfies(p98 -> {
            assertThat(p98.title()).isEqualTo("Svar på revisionsrapport; Skydd mot välfärdsbrott");
            assertThat(p98.caseNumbers()).isEqualTo("25RS1523");
            assertThat(p98.immediatelyAdjusted()).isFalse();
        });
        assertThat(item("§ 101").immediatelyAdjusted()).isTrue();
        assertThat(viewModel.selectedIndexProperty().get()).isZero();
        assertThat(blocks(ProtocolBlock.Kind.TITLE)).containsExactly("§ 96 Val av justerare");
        assertThat(viewModel.loadingProperty().get()).isFalse();
    }

    @Test
    void section98ReadsAsThePrintedProtocolWithRenderedPunctuation() {
        viewModel.open(demoMeeting());
        viewModel.select(viewModel.paragraphs().indexOf(item("§ 98")));

        assertThat(blocks(ProtocolBlock.Kind.TITLE)).containsExactly("§ 98 Svar på revisionsrapport; Skydd mot välfärdsbrott");
        assertThat(blocks(ProtocolBlock.Kind.FIELDS)).containsExactly(
                "Diarienummer: 25RS1523\nÄrendeansvarig: Lena Lindgren\nHandläggare: Karin Nyman");
        assertThat(blocks(ProtocolBlock.Kind.HEADING)).startsWith("Beslut:", "Ärendebeskrivning")
                .contains("Beslutsunderlag", "Beredning");
        String decision = blocks(ProtocolBlock.Kind.DECISION).get(0);
        assertThat(decision.split("\n\n")).containsExactly(
                "Regionstyrelsen beslutar på finansutskottets förslag",
                "att avge ”Svar på revisionsrapport Skydd mot välfärdsbrott”;",
                "att uppdra till regiondirektören att tillse att en samlad utbildnings- och "
                        + "kommunikationsinsats genomförs, där skydd mot olika typer av brott mot offentlig "
                        + "sektor belyses ur ett helhetsperspektiv;",
                "att uppdra till regiondirektören att tillse att reglering av regionstyrelsens ansvar för "
                        + "den interna kontrollen i Region Västernorrland inarbetas i kommande förslag till "
                        + "uppdaterat reglemente för regionstyrelsen;",
                "att uppdra till regiondirektören att påtala att skydd mot välfärdsbrott ska inarbetas i "
                        + "befintliga relevanta styrdokument, när dessa uppdateras;",
                "att uppdra till regiondirektören att tillse att risk för olika typer av brott mot offentlig "
                        + "sektor inarbetas som kategori i den regiongemensamma mallen för riskanalys inom "
                        + "intern styrning och kontroll; samt",
                "att uppdra till regiondirektören att ta fram förslag på, samt fastställa åtgärder som "
                        + "syftar till en stärkt avtalsuppföljning.");
        assertThat(blocks(ProtocolBlock.Kind.TEXT))
                .contains("Följebrev från Regionens revisorer Skydd mot välfärdsbrott, bilaga 1\n"
                        + "Revisionsrapport Skydd mot välfärdsbrott, bilaga 2\n"
                        + "Svar på revisionsrapport Skydd mot välfärdsbrott, bilaga 3")
                .contains("Finansutskottet den 7 maj 2025, § 71");
        assertThat(blocks(ProtocolBlock.Kind.NOTE)).isEmpty();
        assertThat(viewModel.pageProperty().get().plainText())
                .startsWith("§ 98 Svar på revisionsrapport; Skydd mot välfärdsbrott\n\nDiarienummer: 25RS1523\n")
                .contains("\n\nBeslut:\nRegionstyrelsen beslutar på finansutskottets förslag\n\natt avge ")
                .contains("\n\nBeredning\nFinansutskottet den 7 maj 2025, § 71");
    }

    @Test
    void anImmediatelyAdjustedParagraphSaysSoAndTheElectionOfAdjustersHasNoDecisionHeader() {
        viewModel.open(demoMeeting());

        assertThat(blocks(ProtocolBlock.Kind.HEADING)).as("§ 96 has no dnr and no \"Beslut:\"").doesNotContain("Beslut:");
        assertThat(blocks(ProtocolBlock.Kind.DECISION)).containsExactly(
                "Regionstyrelsen beslutar\n\natt utse Lina Lindman att jämte ordföranden justera protokollet.");

        viewModel.select(viewModel.paragraphs().indexOf(item("§ 101")));
        assertThat(blocks(ProtocolBlock.Kind.NOTE)).containsExactly("Paragrafen är omedelbart justerad");
        assertThat(blocks(ProtocolBlock.Kind.DECISION).get(0))
                .endsWith("(2024:26); samt\n\natt förklara paragrafen för omedelbart justerad.");
    }

    @Test
    void upAndDownStepThroughTheParagraphsAndStopAtTheEnds() {
        viewModel.open(demoMeeting());
        int last = viewModel.paragraphs().size() - 1;

        viewModel.selectPrevious();
        assertThat(viewModel.selectedIndexProperty().get()).as("stays on the first").isZero();
        viewModel.selectNext();
        viewModel.selectNext();
        assertThat(viewModel.selectedParagraph()).map(ParagraphItem::number).contains("§ 98");
        assertThat(blocks(ProtocolBlock.Kind.TITLE).get(0)).startsWith("§ 98 ");
        viewModel.selectPrevious();
        assertThat(viewModel.selectedParagraph()).map(ParagraphItem::number).contains("§ 97");

        viewModel.select(last);
        viewModel.selectNext();
        assertThat(viewModel.selectedIndexProperty().get()).as("stays on the last").isEqualTo(last);
        assertThat(viewModel.selectedParagraph()).map(ParagraphItem::number).contains("§ " + lastNumber());
    }

    @Test
    void opensAParagraphByIdWithItsMeetingAndThatParagraphSelected() {
        Paragraph p100 = demoParagraphs().stream().filter(p -> p.number().number() == 100).findFirst().orElseThrow();

        viewModel.openParagraph(p100.id());

        assertThat(viewModel.meetingProperty().get()).isEqualTo(demoMeeting());
        assertThat(viewModel.boardProperty().get()).isEqualTo("Regionstyrelsen");
        assertThat(viewModel.selectedParagraph()).map(ParagraphItem::id).contains(p100.id());
        assertThat(blocks(ProtocolBlock.Kind.TITLE)).containsExactly("§ 100 Svar på revisionsrapport; Hantering av allmänna handlingar");
    }

    @Test
    void aParagraphOrMeetingNotInTheArchiveSaysSoPolitely() {
        viewModel.openParagraph(new ParagraphId(999_999));

        assertThat(viewModel.paragraphs()).isEmpty();
        assertThat(viewModel.selectedParagraph()).isEmpty();
        assertThat(viewModel.pageProperty().get().blocks()).isEmpty();
        assertThat(viewModel.placeholderProperty().get()).startsWith("Paragrafen finns inte längre i arkivet.");

        viewModel.open(new MeetingId(999_999));
        assertThat(viewModel.placeholderProperty().get()).startsWith("Sammanträdet finns inte längre i arkivet.");
        assertThat(viewModel.meetingProperty().get()).isNull();
    }

    @Test
    void aSlowerEarlierOpenDoesNotReplaceALaterOne() {
        QueuedTaskExecutor executor = new QueuedTaskExecutor();
        MeetingViewModel queued = new MeetingViewModel(services.showMeeting(), services.showParagraph(), executor);
        Paragraph p99 = demoParagraphs().stream().filter(p -> p.number().number() == 99).findFirst().orElseThrow();

        queued.open(demoMeeting());
        queued.openParagraph(p99.id());
        executor.run(1);
        executor.run(0);

        assertThat(queued.selectedParagraph()).map(ParagraphItem::number).contains("§ 99");
        assertThat(queued.loadingProperty().get()).isFalse();
    }

    private MeetingId demoMeeting() {
        return services.listMeetings().all().stream()
                .filter(board -> board.board().name().equals("Regionstyrelsen"))
                .flatMap(board -> board.meetings().stream())
                .filter(meeting -> meeting.meeting().date().toString().equals("2025-05-20"))
                .findFirst().orElseThrow().meeting().id();
    }

    private List<Paragraph> demoParagraphs() {
        return services.showMeeting().show(demoMeeting()).map(MeetingDetails::paragraphs).orElseThrow();
    }

    private int lastNumber() {
        List<Paragraph> paragraphs = demoParagraphs();
        return paragraphs.get(paragraphs.size() - 1).number().number();
    }

    private ParagraphItem item(String number) {
        return viewModel.paragraphs().stream().filter(p -> p.number().equals(number)).findFirst().orElseThrow();
    }

    private List<String> blocks(ProtocolBlock.Kind kind) {
        return viewModel.pageProperty().get().blocks().stream()
                .filter(block -> block.kind() == kind).map(ProtocolBlock::text).toList();
    }
}
