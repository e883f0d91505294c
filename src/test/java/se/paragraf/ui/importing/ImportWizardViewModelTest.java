package se.paragraf.ui.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.paragraf.application.Services;
import se.paragraf.application.meeting.MeetingDetails;
import se.paragraf.domain.meeting.MeetingId;
import se.paragraf.domain.paragraph.Paragraph;
import se.paragraf.ui.TestArchive;
import se.paragraf.ui.meeting.ProtocolBlock;
import se.paragraf.ui.task.SynchronousTaskExecutor;

/** The import wizard's model on a real, empty archive (no demo: the demo is the seed protocol imported). */
class ImportWizardViewModelTest {
    static final Path SEED = Path.of("..", "shared", "seeds", "003_e2d92784432a1afb.txt");
    static final Path HOGSBY = Path.of("..", "shared", "fixtures", "hogsby-ks-2007-01-08.txt");

    @TempDir
    Path dataDir;
    @TempDir
    Path files;
    private TestArchive archive;
    private Services services;
    private ImportWizardViewModel viewModel;
    private final List<MeetingId> saved = new ArrayList<>();
    private int cancelled;

    @BeforeEach
    void openArchive() {
        archive = TestArchive.openIn(dataDir);
        services = archive.services();
        viewModel = newWizard();
    }

    private ImportWizardViewModel newWizard() {
        ImportWizardViewModel wizard = new ImportWizardViewModel(services.previewImport(), services.importProtocol(),
                new SynchronousTaskExecutor());
        wizard.onSaved(saved::add);
        wizard.onCancelled(() -> cancelled++);
        return wizard;
    }

    @AfterEach
    void close() {
        archive.close();
    }

    @Test
    void previewOfTheSeedShowsFortyParagraphsWithTheirWarningsAndSavesNothing() {
        viewModel.open(SEED);

        assertThat(viewModel.loadedProperty().get()).isTrue();
        assertThat(viewModel.fileNameProperty().get()).isEqualTo("003_e2d92784432a1afb.txt");
        assertThat(viewModel.boardProperty().get()).isEqualTo("Regionstyrelsen");
        assertThat(viewModel.meetingDateProperty().get()).isEqualTo("2025-05-20");
        assertThat(viewModel.minutesCaseNumberProperty().get()).isEqualTo("25RS1");
        assertThat(viewModel.paragraphs()).hasSize(40);
        assertThat(viewModel.paragraphs().get(0).number()).isEqualTo("§ 96");
        int warnings = viewModel.paragraphs().stream().mapToInt(WizardParagraphItem::warnings).sum();
        assertThat(viewModel.summaryProperty().get()).startsWith("40 paragrafer, ");
        assertThat(viewModel.noticeProperty().get()).isEmpty();
        assertThat(viewModel.canSaveProperty().get()).isTrue();
        assertThat(viewModel.selectedIndexProperty().get()).isZero();
        assertThat(viewModel.titleProperty().get()).isEqualTo("Val av justerare");
        assertThat(services.listMeetings().all()).as("a preview saves nothing").isEmpty();
        assertThat(warnings).as("the seed has paragraphs the reader is unsure of").isPositive();
        assertThat(viewModel.summaryProperty().get()).endsWith(warnings + " varningar");
    }

    @Test
    void selectingAParagraphShowsItsFieldsPreviewAndSourceHeading() {
        viewModel.open(SEED);
        viewModel.select(2);

        assertThat(viewModel.numberProperty().get()).isEqualTo("98");
        assertThat(viewModel.caseNumbersProperty().get()).isEqualTo("25RS1523");
        assertThat(viewModel.clausesProperty().get().lines().toList()).first()
                .isEqualTo("avge ”Svar på revisionsrapport Skydd mot välfärdsbrott”");
        assertThat(viewModel.previewProperty().get().blocks()).filteredOn(b -> b.kind() == ProtocolBlock.Kind.DECISION)
                .first().satisfies(b -> assertThat(b.text())
                        .contains("att avge ”Svar på revisionsrapport Skydd mot välfärdsbrott”;"));
        var range = viewModel.sourceHighlightProperty().get();
        assertThat(range).isNotNull();
        assertThat(viewModel.sourceTextProperty().get().substring(range.getStart(), range.getEnd()))
                .contains("§ 98 Svar på revisionsrapport; Skydd mot välfärdsbrott");
    }

    @Test
    void hogsbyHasThirteenParagraphsAndItsHeadingsAreFoundInTheSource() {
        viewModel.open(HOGSBY);

        assertThat(viewModel.paragraphs()).hasSize(13);
        assertThat(viewModel.boardProperty().get()).isEqualTo("Kommunstyrelsen");
        assertThat(viewModel.summaryProperty().get()).startsWith("13 paragrafer, ");
        String source = viewModel.sourceTextProperty().get();
        var first = viewModel.sourceHighlightProperty().get();
        assertThat(source.substring(first.getStart(), first.getEnd())).contains("KS § 1").doesNotContain("1-12");
    }

    @Test
    void anEditedTitleIsWhatIsSaved() {
        viewModel.open(HOGSBY);
        viewModel.select(0);
        viewModel.titleProperty().set("Rättad rubrik för paragraf ett");

        assertThat(viewModel.paragraphs().get(0).title()).isEqualTo("Rättad rubrik för paragraf ett");
        viewModel.save();

        assertThat(saved).hasSize(1);
        MeetingDetails meeting = services.showMeeting().show(saved.get(0)).orElseThrow();
        assertThat(meeting.board().name()).isEqualTo("Kommunstyrelsen");
        assertThat(meeting.paragraphs()).hasSize(13);
        assertThat(meeting.paragraphs().get(0).title()).isEqualTo("Rättad rubrik för paragraf ett");
        assertThat(viewModel.savingProperty().get()).isFalse();
    }

    @Test
    void editedCaseNumbersAndClausesAreSavedAndInvalidOnesFlagged() {
        viewModel.open(HOGSBY);
        viewModel.select(0);
        viewModel.caseNumbersProperty().set("KS 2007/0009, inte ett dnr");
        assertThat(viewModel.caseNumberErrorProperty().get()).contains("inte ett dnr").doesNotContain("KS 2007/0009");
        viewModel.caseNumbersProperty().set("KS 2007/0009");
        assertThat(viewModel.caseNumberErrorProperty().get()).isEmpty();
        viewModel.clausesProperty().set("att godkänna rapporten;\nlägga den till handlingarna");
        assertThat(viewModel.previewProperty().get().plainText())
                .contains("att godkänna rapporten; samt", "att lägga den till handlingarna.");

        viewModel.save();

        Paragraph first = services.showMeeting().show(saved.get(0)).orElseThrow().paragraphs().get(0);
        assertThat(first.caseNumbers()).extracting(Object::toString).hasSize(1);
        assertThat(first.decision().blocks().get(0).clauses()).extracting(Object::toString)
                .anySatisfy(c -> assertThat(c).contains("godkänna rapporten"));
    }

    @Test
    void theSameFileAgainIsNoticedAndCannotBeSaved() {
        viewModel.open(HOGSBY);
        viewModel.save();
        assertThat(saved).hasSize(1);

        ImportWizardViewModel again = newWizard();
        again.open(HOGSBY);

        assertThat(again.noticeProperty().get()).startsWith("Den här filen är redan importerad den ")
                .contains("hogsby-ks-2007-01-08.txt");
        assertThat(again.canSaveProperty().get()).isFalse();
        again.save();
        assertThat(saved).as("nothing saved twice").hasSize(1);
        assertThat(services.listMeetings().all().get(0).meetings()).hasSize(1);
    }

    @Test
    void aParagraphClashIsShownInSwedishAndTheCorrectionsStay() throws Exception {
        viewModel.open(HOGSBY);
        viewModel.save();
        // The same protocol in another file (other bytes, so no checksum match): the § series stops it.
        Path copy = files.resolve("ks-2007-01-08-kopia.txt");
        Files.writeString(copy, Files.readString(HOGSBY) + "\n");
        ImportWizardViewModel second = newWizard();
        second.open(copy);
        second.select(0);
        second.titleProperty().set("Min rättelse");
        second.meetingDateProperty().set("2007-01-09");

        second.save();

        assertThat(second.errorProperty().get()).contains("Kommunstyrelsen har redan § 1").contains("Inget har sparats")
                .contains("Dina rättelser finns kvar");
        assertThat(saved).hasSize(1);
        assertThat(second.loadedProperty().get()).isTrue();
        assertThat(second.titleProperty().get()).isEqualTo("Min rättelse");
        assertThat(second.meetingDateProperty().get()).isEqualTo("2007-01-09");
        assertThat(second.correctedProtocol().paragraphs().get(0).title()).isEqualTo("Min rättelse");
        assertThat(second.canSaveProperty().get()).as("she may correct the numbers and try again").isTrue();
    }

    @Test
    void anInvalidDateBlocksSavingWithAnExplanation() {
        viewModel.open(HOGSBY);
        viewModel.meetingDateProperty().set("8 januari");

        assertThat(viewModel.dateErrorProperty().get()).contains("ÅÅÅÅ-MM-DD");
        assertThat(viewModel.canSaveProperty().get()).isFalse();
        viewModel.meetingDateProperty().set("2007-01-08");
        assertThat(viewModel.canSaveProperty().get()).isTrue();
    }

    @Test
    void anUnreadableFileSaysSoAndCancelClosesTheWizard() {
        viewModel.open(files.resolve("finns-inte.pdf"));

        assertThat(viewModel.errorProperty().get()).startsWith("Filen kunde inte läsas: ").contains("finns-inte.pdf");
        assertThat(viewModel.loadedProperty().get()).isFalse();
        assertThat(viewModel.canSaveProperty().get()).isFalse();
        viewModel.cancel();
        assertThat(cancelled).isEqualTo(1);
    }
}
