package se.paragraf.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import se.paragraf.application.document.ExtractCertification;
import se.paragraf.domain.paragraph.Paragraph;
import se.paragraf.domain.paragraph.ParagraphNumber;
import se.paragraf.ui.DemoArchive;

/**
 * The demo protocol is not justerat: an extract of it says so and carries no "Rätt utdraget
 * intygar", unless the § was omedelbart justerad, which makes that § certifiable on its own.
 */
class UnadjustedExtractTest {
    @RegisterExtension
    static final DemoArchive DEMO = new DemoArchive();

    @Test
    void anExtractOfAnUnadjustedProtocolSaysSoOnEveryPageAndIsNotCertified() throws Exception {
        Path file = DEMO.dataDir().resolve("utdrag-98.pdf");

        DEMO.services().renderMinutes().extract(DEMO.meeting(), List.of(ParagraphNumber.of(98)),
                new ExtractCertification("Maria Ström", LocalDate.of(2025, 5, 23)), false, file);

        String text = PdfReadBack.text(file);
        assertThat(text).contains("PROTOKOLLSUTDRAG, EJ JUSTERAT", "Protokollet är ännu inte justerat",
                "Nej, protokollet är ännu inte justerat", "§ 98 ");
        assertThat(text).doesNotContain("Rätt utdraget intygar", "Maria Ström");
        assertThat(PdfReadBack.failedRules(file, PDFAFlavour.PDFA_2_A)).isEmpty();
    }

    @Test
    void anOmedelbartJusteradParagraphIsCertifiedThoughTheProtocolIsNot() throws Exception {
        Paragraph immediate = DEMO.services().showMeeting().show(DEMO.meeting()).orElseThrow().paragraphs().stream()
                .filter(Paragraph::immediateAdjustment).findFirst().orElseThrow();
        DEMO.services().adjustParagraph().adjustImmediately(immediate.id(), LocalDate.of(2025, 5, 20));
        Path file = DEMO.dataDir().resolve("utdrag-omedelbart.pdf");

        DEMO.services().renderMinutes().extract(DEMO.meeting(), List.of(immediate.number()),
                new ExtractCertification("Maria Ström", LocalDate.of(2025, 5, 20)), false, file);

        String text = PdfReadBack.text(file);
        assertThat(text).contains("PROTOKOLLSUTDRAG", "Rätt utdraget intygar", "Maria Ström",
                "§ " + immediate.number() + " ");
        assertThat(text).doesNotContain("EJ JUSTERAT", "ännu inte justerat");
    }
}
