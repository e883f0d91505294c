package se.paragraf.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import se.paragraf.application.importing.ImportException;
import se.paragraf.application.importing.ParsedProtocol;

class PdfTextExtractorTest {
    private final PdfTextExtractor extractor = new PdfTextExtractor();

    @Test
    void readsAProtocolFromAGeneratedPdf() throws IOException {
        byte[] pdf = pdf(List.of(
                List.of("Kommunstyrelsen", "Sammanträdesdatum 2024-02-01", "", "§ 1 Val av justerare", "",
                        "Kommunstyrelsen beslutar", "", "att utse Anna Ek att justera protokollet.", "",
                        "Justerandes sign          Utdragsbestyrkande"),
                List.of("Kommunstyrelsen", "Sammanträdesdatum 2024-02-01", "", "§ 2 Budget", "Dnr KS 2024/12", "",
                        "Kommunstyrelsen beslutar", "", "att fastställa budgeten.", "",
                        "Justerandes sign          Utdragsbestyrkande")));
        ParsedProtocol protocol = extractor.read(pdf);
        assertThat(protocol.paragraphs()).extracting(p -> p.number() + " " + p.title())
                .containsExactly("1 Val av justerare", "2 Budget");
        assertThat(protocol.paragraphs().get(1).caseNumbers()).containsExactly("KS 2024/12");
        assertThat(protocol.paragraphs().get(1).clauses()).containsExactly("fastställa budgeten");
        assertThat(protocol.meetingDate()).hasToString("2024-02-01");
    }

    @Test
    void refusesWhatIsNoPdfAndAPdfWithoutText() throws IOException {
        assertThatThrownBy(() -> extractor.read(new byte[] {1, 2, 3})).isInstanceOf(ImportException.class)
                .hasMessageContaining("PDF");
        assertThatThrownBy(() -> extractor.read(pdf(List.of(List.of())))).isInstanceOf(ImportException.class)
                .hasMessageContaining("OCR");
    }

    static byte[] pdf(List<List<String>> pages) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (List<String> lines : pages) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    float y = 740;
                    for (String line : lines) {
                        if (!line.isEmpty()) {
                            cs.beginText();
                            cs.setFont(font, 11);
                            cs.newLineAtOffset(60, y);
                            cs.showText(line);
                            cs.endText();
                        }
                        y -= 16;
                    }
                }
            }
            doc.save(out);
            return out.toByteArray();
        }
    }
}
