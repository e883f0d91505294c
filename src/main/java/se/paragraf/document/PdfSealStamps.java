package se.paragraf.document;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.text.PDFTextStripper;
import se.paragraf.application.audit.SealStamp;
import se.paragraf.application.audit.SealStampReader;

/** Reads the seal stamp out of a PDF's XMP metadata (ADR 0018), and its text; a file that is no PDF has neither. */
public final class PdfSealStamps implements SealStampReader {
    @Override
    public Optional<SealStamp> read(byte[] document) {
        try (PDDocument pdf = Loader.loadPDF(document)) {
            PDMetadata metadata = pdf.getDocumentCatalog().getMetadata();
            if (metadata == null) {
                return Optional.empty();
            }
            try (InputStream xmp = metadata.exportXMPMetadata()) {
                return SealStamp.find(new String(xmp.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    @Override
    public String text(byte[] document) {
        try (PDDocument pdf = Loader.loadPDF(document)) {
            return new PDFTextStripper().getText(pdf);
        } catch (IOException e) {
            return "";
        }
    }
}
