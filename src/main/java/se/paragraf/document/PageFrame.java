package se.paragraf.document;

import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;

/**
 * What surrounds the body on every page (header, footer, "Sida X(Y)"), drawn once the page count
 * is known. {@link PdfaDocument} marks it as an artifact; the frame only draws.
 */
public interface PageFrame {
    /** The body's top margin: room for the header. */
    float top();

    /** The body's bottom margin: room for the footer. */
    float bottom();

    void draw(PdfCanvas canvas, Rectangle page, int number, int pages, PdfaDocument document);
}
