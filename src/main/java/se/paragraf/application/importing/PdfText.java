package se.paragraf.application.importing;

/** The text layer of a PDF, one form feed per page. */
public interface PdfText {
    /**
     * @throws ImportException with a Swedish message when the bytes are no readable PDF or the PDF
     *                         has no text layer (a scan that needs OCR first)
     */
    String extract(byte[] pdf);
}
