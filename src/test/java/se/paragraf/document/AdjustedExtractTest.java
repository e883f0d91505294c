package se.paragraf.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import se.paragraf.application.document.ExtractCertification;
import se.paragraf.domain.paragraph.ParagraphNumber;
import se.paragraf.ui.DemoArchive;

/**
 * The imported demo protocol has no recorded attendance; once justerat, its extract is still
 * certified and says when it was justerat (the lifecycle is where justering is recorded).
 */
class AdjustedExtractTest {
    @RegisterExtension
    static final DemoArchive DEMO = new DemoArchive();

    @Test
    void anExtractOfAJusteratProtocolWithoutRecordedAttendanceIsCertifiedAndDated() throws Exception {
        DEMO.services().adjustMinutes().readyForAdjustment(DEMO.meeting(), LocalDate.of(2025, 5, 21));
        DEMO.services().adjustMinutes().adjust(DEMO.meeting(), LocalDate.of(2025, 5, 27));
        Path file = DEMO.dataDir().resolve("utdrag-98-justerat.pdf");

        DEMO.services().renderMinutes().extract(DEMO.meeting(), List.of(ParagraphNumber.of(98)),
                new ExtractCertification("Maria Ström", LocalDate.of(2025, 5, 28)), false, file);

        String text = PdfReadBack.text(file);
        assertThat(text).contains("PROTOKOLLSUTDRAG", "Justerat", "2025-05-27", "Rätt utdraget intygar",
                "Maria Ström", "§ 98 ");
        assertThat(text).doesNotContain("EJ JUSTERAT", "ännu inte justerat");
        assertThat(PdfReadBack.failedRules(file, PDFAFlavour.PDFA_2_A)).isEmpty();
    }
}
