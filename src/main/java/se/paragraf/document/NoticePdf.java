package se.paragraf.document;

import com.itextpdf.kernel.colors.DeviceRgb;
import com.itextpdf.kernel.pdf.tagging.StandardRoles;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.borders.Border;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.UnitValue;
import java.io.OutputStream;
import se.paragraf.application.document.NoticeDocument;
import se.paragraf.domain.adjustment.Notice;

/**
 * The anslag as PDF/A, in the frame of {@link PdfaDocument}: a heading, the facts as a tagged
 * two-column table (label, value), the appeal instructions and a line for the signature of whoever
 * posts it.
 */
public final class NoticePdf implements NoticeDocument {
    private static final String HEADER = "ANSLAG/BEVIS";
    private static final DeviceRgb RULE = new DeviceRgb(0xBB, 0xBB, 0xBB);

    @Override
    public void write(Notice notice, OutputStream out) {
        try (PdfaDocument pdf = PdfaDocument.create(out, "Anslag: " + notice.board() + " " + notice.meetingDate(),
                HEADER + " – " + notice.board().toUpperCase(java.util.Locale.ROOT), notice.postedOn().toString())) {
            Document body = pdf.body();
            body.add(PdfaDocument.heading("Anslag/bevis", StandardRoles.H1, 18).setFont(pdf.bold()));
            body.add(new Paragraph("Protokollet är justerat. Justeringen har tillkännagivits genom anslag.")
                    .setMarginBottom(12));
            Table table = new Table(UnitValue.createPercentArray(new float[] {38, 62})).useAllAvailableWidth();
            for (String[] fact : notice.facts()) {
                table.addCell(cell(fact[0]).setFont(pdf.bold()));
                table.addCell(cell(fact[1]));
            }
            body.add(table);
            body.add(PdfaDocument.heading("Så överklagar du", StandardRoles.H2, 12).setFont(pdf.bold()).setMarginTop(16));
            body.add(new Paragraph(notice.appealInstructions()));
            body.add(new Paragraph("Underskrift").setMarginTop(36).setMarginBottom(0).setFontSize(8)
                    .setBorderTop(new SolidBorder(RULE, 0.5f)).setWidth(UnitValue.createPercentValue(50)));
        }
    }

    private static Cell cell(String text) {
        return new Cell().add(new Paragraph(text).setMargin(0)).setBorder(Border.NO_BORDER)
                .setBorderBottom(new SolidBorder(RULE, 0.5f)).setPaddingTop(4).setPaddingBottom(4);
    }
}
