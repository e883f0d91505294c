package se.paragraf.document;

import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;

/** A label on the left, a date and "Sida X(Y)" on the right, and a rule: the frame of result lists. */
final class RunningHeader implements PageFrame {
    private static final float MARGIN = PdfaDocument.MARGIN;
    private static final float SIZE = 8;

    private final String label;
    private final String date;

    RunningHeader(String label, String date) {
        this.label = label;
        this.date = date;
    }

    @Override
    public float top() {
        return MARGIN + 14;
    }

    @Override
    public float bottom() {
        return MARGIN;
    }

    @Override
    public void draw(PdfCanvas canvas, Rectangle size, int number, int pages, PdfaDocument document) {
        float y = size.getTop() - MARGIN + 14;
        text(canvas, document.bold(), label, size.getLeft() + MARGIN, y);
        String right = date + "    Sida " + number + "(" + pages + ")";
        text(canvas, document.regular(), right, size.getRight() - MARGIN - document.regular().getWidth(right, SIZE), y);
        canvas.setLineWidth(0.5f).moveTo(size.getLeft() + MARGIN, y - 5).lineTo(size.getRight() - MARGIN, y - 5)
                .stroke();
    }

    static void text(PdfCanvas canvas, PdfFont font, float size, String text, float x, float y) {
        canvas.beginText().setFontAndSize(font, size).moveText(x, y).showText(text).endText();
    }

    private static void text(PdfCanvas canvas, PdfFont font, String text, float x, float y) {
        text(canvas, font, SIZE, text, x, y);
    }
}
