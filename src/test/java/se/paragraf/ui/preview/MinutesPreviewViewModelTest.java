package se.paragraf.ui.preview;

import static org.assertj.core.api.Assertions.assertThat;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.image.Image;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.paragraf.domain.paragraph.Paragraph;
import se.paragraf.document.PdfReadBack;
import se.paragraf.ui.DemoArchive;
import se.paragraf.ui.task.SynchronousTaskExecutor;

/** The preview of the demo meeting, rendered for real (iText, then PDFBox) on the test's thread. */
class MinutesPreviewViewModelTest {
    @RegisterExtension
    static final DemoArchive DEMO = new DemoArchive();

    private static MinutesPreviewViewModel viewModel() {
        return new MinutesPreviewViewModel(DEMO.services().renderMinutes(), new SynchronousTaskExecutor());
    }

    @Test
    void showsEveryPageOfTheMinutesAsAnA4Picture() throws Exception {
        MinutesPreviewViewModel preview = viewModel();

        preview.show(DEMO.meeting());

        Path saved = DEMO.dataDir().resolve("jämförelse.pdf");
        DEMO.services().renderMinutes().minutes(DEMO.meeting(), se.paragraf.application.document.MinutesOptions.FULL, saved);
        assertThat(preview.pages()).hasSize(pages(saved));
        Image first = preview.pages().get(0);
        assertThat(first.getHeight() / first.getWidth()).isCloseTo(297.0 / 210.0, org.assertj.core.data.Offset.offset(0.01));
        assertThat(preview.readyProperty().get()).isTrue();
        assertThat(preview.busyProperty().get()).isFalse();
        assertThat(preview.statusProperty().get()).isEqualTo(pages(saved) + " sidor");
    }

    @Test
    void thePublicVersionIsShownAndSavedWhenChosen() throws Exception {
        MinutesPreviewViewModel preview = viewModel();
        preview.show(DEMO.meeting());
        Path full = DEMO.dataDir().resolve("intern.pdf");
        preview.saveAs(full, () -> { });

        preview.publicVersionProperty().set(true);
        Path published = DEMO.dataDir().resolve("offentlig.pdf");
        preview.saveAs(published, () -> { });

        assertThat(preview.readyProperty().get()).isTrue();
        assertThat(PdfReadBack.text(published)).contains("Offentlig version");
        assertThat(PdfReadBack.text(full)).doesNotContain("Offentlig version");
    }

    @Test
    void aRefreshAfterAnEditShowsTheChange() {
        MinutesPreviewViewModel preview = viewModel();
        preview.show(DEMO.meeting());
        int before = preview.pages().size();
        List<Image> shown = new ArrayList<>(preview.pages());

        Paragraph p98 = DEMO.services().showMeeting().show(DEMO.meeting()).orElseThrow().paragraphs().get(2);
        DEMO.services().editParagraph().save(p98.motivatedBy(longer(p98)));
        preview.refresh();

        assertThat(preview.pages()).hasSizeGreaterThan(before);
        assertThat(preview.pages()).isNotEqualTo(shown);
        DEMO.services().editParagraph().save(p98);
    }

    private static List<se.paragraf.domain.paragraph.MotivationSection> longer(Paragraph p) {
        List<se.paragraf.domain.paragraph.MotivationSection> sections = new ArrayList<>(p.sections());
        sections.add(new se.paragraf.domain.paragraph.MotivationSection("Tillägg", "Ett nytt stycke. ".repeat(900)));
        return sections;
    }

    @Test
    void savesTheMinutesAsPdfA() throws Exception {
        MinutesPreviewViewModel preview = viewModel();
        preview.show(DEMO.meeting());
        Path file = DEMO.dataDir().resolve("sparat.pdf");
        boolean[] done = {false};

        preview.saveAs(file, () -> done[0] = true);

        assertThat(done[0]).isTrue();
        assertThat(PdfReadBack.text(file)).contains("§ 96 Val av justerare", "Sida 1(");
        assertThat(preview.statusProperty().get()).isEqualTo("Sparat i " + file);
    }

    @Test
    void printingGetsThePagesAtPrintResolution() {
        MinutesPreviewViewModel preview = viewModel();
        preview.show(DEMO.meeting());
        List<Image> printed = new ArrayList<>();

        preview.printPages(printed::addAll);

        assertThat(printed).hasSameSizeAs(preview.pages());
        assertThat(printed.get(0).getWidth()).isGreaterThan(preview.pages().get(0).getWidth() * 2);
    }

    private static int pages(Path file) throws Exception {
        try (PdfDocument pdf = new PdfDocument(new PdfReader(file.toFile()))) {
            return pdf.getNumberOfPages();
        }
    }
}
