package se.paragraf.document;

import com.itextpdf.kernel.colors.DeviceRgb;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import java.util.List;
import java.util.Locale;

/**
 * The frame of the seed protocol's pages: "Dokumentnamn / PROTOKOLL / REGIONSTYRELSEN" on the
 * left, Datum, Dnr and "Sida x(y)" in columns on the right, a rule under them; and at the foot
 * the four boxes the justerare initial and the registry stamps: Ordförandens sign, Justerandens
 * sign, Exp den, Utdragsbestyrkande.
 */
final class MinutesFrame implements PageFrame {
    static final float MARGIN = PdfaDocument.MARGIN;
    private static final List<String> BOXES = List.of("Ordförandens sign", "Justerandens sign", "Exp den",
            "Utdragsbestyrkande");
    private static final DeviceRgb MUTED = new DeviceRgb(0x55, 0x55, 0x55);
    private static final float HEADER_TOP = 34;
    private static final float FOOTER_BOTTOM = 30;
    private static final float BOX_HEIGHT = 30;

    private final String label;
    private final String board;
    private final String date;
    private final String caseNumber;

    /** {@code label} is "PROTOKOLL" or "PROTOKOLLSUTDRAG". */
    MinutesFrame(String label, String board, String date, String caseNumber) {
        this.label = label;
        this.board = board.toUpperCase(Locale.forLanguageTag("sv-SE"));
        this.date = date;
        this.caseNumber = caseNumber;
    }

    @Override
    public float top() {
        return HEADER_TOP + 66;
    }

    @Override
    public float bottom() {
        return FOOTER_BOTTOM + BOX_HEIGHT + 18;
    }

    @Override
    public void draw(PdfCanvas canvas, Rectangle page, int number, int pages, PdfaDocument document) {
        header(canvas, page, number, pages, document);
        footer(canvas, page, document);
    }

    private void header(PdfCanvas canvas, Rectangle page, int number, int pages, PdfaDocument document) {
        float left = page.getLeft() + MARGIN;
        float right = page.getRight() - MARGIN;
        float labels = page.getTop() - HEADER_TOP;
        small(canvas, document.regular(), "Dokumentnamn", left, labels);
        text(canvas, document.bold(), 10.5f, label, left, labels - 13);
        text(canvas, document.bold(), 10.5f, board, left, labels - 26);
        float[] columns = {right - 225, right - 145, right - 62};
        // "Sida" stands with its number rather than above it as in the seed: read out or extracted, the
        // line then says "Sida 3(70)", as Swedish documents write it.
        String[] heads = {"Datum", "Dnr", ""};
        String[] values = {date, caseNumber, "Sida " + number + "(" + pages + ")"};
        for (int i = 0; i < columns.length; i++) {
            small(canvas, document.regular(), heads[i], columns[i], labels);
            text(canvas, document.regular(), 9.5f, values[i], columns[i], labels - 13);
        }
        float rule = labels - 36;
        canvas.setStrokeColor(MUTED).setLineWidth(0.6f).moveTo(left, rule).lineTo(right, rule).stroke();
    }

    private static void footer(PdfCanvas canvas, Rectangle page, PdfaDocument document) {
        float left = page.getLeft() + MARGIN;
        float width = (page.getWidth() - 2 * MARGIN) / BOXES.size();
        float bottom = page.getBottom() + FOOTER_BOTTOM;
        canvas.setStrokeColor(MUTED).setLineWidth(0.5f);
        for (int i = 0; i < BOXES.size(); i++) {
            float x = left + i * width;
            canvas.rectangle(x, bottom, width, BOX_HEIGHT).stroke();
            small(canvas, document.regular(), BOXES.get(i), x + 3, bottom + BOX_HEIGHT - 8);
        }
    }

    private static void small(PdfCanvas canvas, PdfFont font, String text, float x, float y) {
        canvas.setFillColor(MUTED);
        text(canvas, font, 6.5f, text, x, y);
        canvas.setFillColor(new DeviceRgb(0, 0, 0));
    }

    private static void text(PdfCanvas canvas, PdfFont font, float size, String text, float x, float y) {
        RunningHeader.text(canvas, font, size, text, x, y);
    }
}
