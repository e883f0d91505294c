package se.paragraf.document;

import com.itextpdf.layout.Document;
import com.itextpdf.layout.borders.Border;
import com.itextpdf.layout.borders.DottedBorder;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.UnitValue;
import com.itextpdf.layout.properties.VerticalAlignment;
import java.util.List;
import se.paragraf.application.document.MinutesCover;
import se.paragraf.application.document.MinutesDocument;

/**
 * The cover as the Högsby and seed protocols set it: labels in a narrow left column, the values
 * beside them, signature lines with the names underneath and "Paragrafer" at the side; the
 * justering and anslag block ("Bevis om anslag") in the same two columns, framed.
 */
final class CoverLayout {
    private static final float[] COLUMNS = {35, 65};

    private final PdfaDocument pdf;

    CoverLayout(PdfaDocument pdf) {
        this.pdf = pdf;
    }

    void cover(MinutesDocument document) {
        Document body = pdf.body();
        String kind = document.kind() == MinutesDocument.Kind.MINUTES ? "Protokoll" : "Protokollsutdrag";
        body.add(Tagged.heading(document.boardName(), 1, 18, pdf).setMarginBottom(0));
        body.add(new Paragraph(kind + " från sammanträdet " + document.date()).setFontSize(12).setMarginBottom(
                document.publicVersion() ? 2 : 14));
        if (document.kind() == MinutesDocument.Kind.UNADJUSTED_EXTRACT) {
            body.add(new Paragraph("Protokollet är ännu inte justerat. Utdraget visar paragraferna som de står i dag, "
                    + "de kan fortfarande ändras, och det kan inte intygas förrän protokollet har justerats.")
                    .setFont(pdf.bold()).setFontSize(9.5f).setMarginTop(0).setMarginBottom(12));
        }
        if (document.publicVersion()) {
            body.add(new Paragraph("Offentlig version: paragrafer som omfattas av sekretess visas med rubrik och "
                    + "sekretesshänvisning, och personnummer är maskerade.").setFontSize(9).setMarginBottom(12));
        }
        body.add(rows(document.cover().rows(), 5));
        if (!document.cover().signatures().isEmpty()) {
            body.add(new Paragraph("Underskrifter").setFont(pdf.bold()).setMarginTop(10).setMarginBottom(0)
                    .setKeepWithNext(true));
            body.add(signatures(document.cover()));
        }
    }

    void adjustment(MinutesDocument.Adjustment adjustment) {
        Div block = new Div().setBorder(new SolidBorder(0.6f)).setPadding(6).setMarginTop(12).setFontSize(9)
                .setKeepTogether(true);
        block.add(Tagged.heading(adjustment.heading(), 2, 10.5f, pdf).setMarginTop(0).setMarginBottom(2));
        block.add(new Paragraph(adjustment.statement())
                .setMarginTop(0).setMarginBottom(4));
        block.add(rows(adjustment.rows(), 2));
        block.add(signatureLine("Underskrift", ""));
        pdf.body().add(block);
    }

    private Table rows(List<MinutesCover.Row> rows, float spacing) {
        Table table = new Table(UnitValue.createPercentArray(COLUMNS)).useAllAvailableWidth();
        for (MinutesCover.Row row : rows) {
            if (row.lines().isEmpty() || row.lines().stream().allMatch(String::isBlank)) {
                continue;
            }
            table.addCell(Tagged.header(row.label(), "Row", pdf).setPaddingBottom(spacing));
            table.addCell(lines(row.lines()).setPaddingBottom(spacing));
        }
        return table;
    }

    private Table signatures(MinutesCover cover) {
        Table table = new Table(UnitValue.createPercentArray(new float[] {35, 43, 22})).useAllAvailableWidth()
                .setMarginTop(0);
        List<MinutesCover.Row> rows = cover.signatures();
        for (int i = 0; i < rows.size(); i++) {
            MinutesCover.Row row = rows.get(i);
            table.addCell(Tagged.header(row.label(), "Row", pdf)
                    .setVerticalAlignment(VerticalAlignment.BOTTOM).setPaddingBottom(2));
            table.addCell(signatureCell(String.join(", ", row.lines())));
            table.addCell(i == 0 && !cover.paragraphRange().isEmpty()
                    ? lines(List.of("Paragrafer", cover.paragraphRange())).setPaddingLeft(10)
                    : new Cell().setBorder(Border.NO_BORDER));
        }
        return table;
    }

    private static Cell signatureCell(String name) {
        return new Cell().setBorder(Border.NO_BORDER).setPaddingBottom(2).add(line(name));
    }

    private Table signatureLine(String label, String name) {
        Table table = new Table(UnitValue.createPercentArray(COLUMNS)).useAllAvailableWidth();
        table.addCell(Tagged.header(label, "Row", pdf).setVerticalAlignment(VerticalAlignment.BOTTOM));
        table.addCell(new Cell().setBorder(Border.NO_BORDER).add(line(name)));
        return table;
    }

    /** One layout paragraph per line; see {@link ParagraphLayout#text}. */
    private static Cell lines(List<String> lines) {
        Cell cell = new Cell().setBorder(Border.NO_BORDER);
        lines.forEach(line -> cell.add(new Paragraph(line).setMargin(0)));
        return cell;
    }

    /** A dotted line to sign on, the name printed under it. */
    static Paragraph line(String name) {
        return new Paragraph(name.isBlank() ? "\u00A0" : name).setMarginTop(16).setMarginBottom(0)
                .setBorderTop(new DottedBorder(0.8f)).setPaddingTop(2).setFontSize(9);
    }
}
