package se.paragraf.document;

import com.itextpdf.kernel.colors.DeviceRgb;
import com.itextpdf.kernel.pdf.tagging.PdfStructureAttributes;
import com.itextpdf.layout.borders.Border;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.UnitValue;
import java.util.List;

/**
 * A table for PDF/UA: header cells say which column they head, so a screen reader can name the
 * column of every cell; thin rules between rows print well in black and white.
 */
final class TaggedTable {
    private static final DeviceRgb RULE = new DeviceRgb(0xBB, 0xBB, 0xBB);
    private static final DeviceRgb HEAD = new DeviceRgb(0xEE, 0xEE, 0xEE);

    private final Table table;

    TaggedTable(PdfaDocument pdf, float[] widths, List<String> columns, float fontSize) {
        table = new Table(UnitValue.createPercentArray(widths)).useAllAvailableWidth().setFontSize(fontSize);
        for (String column : columns) {
            Cell cell = new Cell().add(new Paragraph(column).setFont(pdf.bold())).setBackgroundColor(HEAD);
            cell.getAccessibilityProperties().addAttributes(new PdfStructureAttributes("Table")
                    .addEnumAttribute("Scope", "Column"));
            table.addHeaderCell(ruled(cell));
        }
    }

    TaggedTable row(String... cells) {
        for (String text : cells) {
            table.addCell(ruled(new Cell().add(new Paragraph(text == null ? "" : text))));
        }
        return this;
    }

    Table table() {
        return table;
    }

    private static Cell ruled(Cell cell) {
        return cell.setBorder(Border.NO_BORDER).setBorderBottom(new SolidBorder(RULE, 0.5f)).setPadding(3);
    }
}
