package se.paragraf.importing;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import se.paragraf.application.importing.ImportException;
import se.paragraf.application.importing.ParsedProtocol;
import se.paragraf.application.importing.PdfText;

/**
 * The text layer of a PDF protocol, sorted by position so that two-column cover pages come out
 * as label-then-value lines, one form feed per page for the reader's page furniture detection.
 */
public final class PdfTextExtractor implements PdfText {
    private final TextProtocolReader reader = new TextProtocolReader();

    @Override
    public String extract(byte[] pdf) {
        String text;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setPageEnd("\n\f");
            text = stripper.getText(document);
        } catch (InvalidPasswordException e) {
            throw new ImportException("PDF-filen är lösenordsskyddad. Spara en kopia utan lösenord och försök igen.", e);
        } catch (IOException e) {
            throw new ImportException("Filen kunde inte läsas som PDF. Kontrollera att den är hel, eller klistra in "
                    + "protokollets text i stället.", e);
        }
        if (text.replace("\f", "").isBlank()) {
            throw new ImportException("PDF-filen saknar textlager (den är troligen skannad). Låt den först gå "
                    + "igenom textigenkänning (OCR) och försök igen.");
        }
        return text;
    }

    public String extract(Path file) {
        try {
            return extract(java.nio.file.Files.readAllBytes(file));
        } catch (IOException e) {
            throw new ImportException("Filen " + file.getFileName() + " kunde inte öppnas.", e);
        }
    }

    /** Extracts and reads in one step. */
    public ParsedProtocol read(byte[] pdf) {
        return reader.read(extract(pdf));
    }
}
