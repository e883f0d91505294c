package se.paragraf.document;

import com.itextpdf.kernel.pdf.tagging.PdfStructureAttributes;
import com.itextpdf.kernel.pdf.tagging.StandardRoles;
import com.itextpdf.layout.borders.Border;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Paragraph;

/** Elements whose structure a screen reader needs: headings of a level, header cells that say what they head. */
final class Tagged {
    private Tagged() {
    }

    static Paragraph heading(String text, int level, float size, PdfaDocument pdf) {
        Paragraph heading = new Paragraph(text).setFont(pdf.bold()).setFontSize(size);
        heading.getAccessibilityProperties().setRole(switch (level) {
            case 1 -> StandardRoles.H1;
            case 2 -> StandardRoles.H2;
            default -> StandardRoles.H3;
        });
        return heading;
    }

    /** A header cell; {@code scope} is "Column" or "Row" (PDF/UA: a TH names the cells it heads). */
    static Cell header(String text, String scope, PdfaDocument pdf) {
        Cell cell = new Cell().add(new Paragraph(text).setFont(pdf.bold()).setMargin(0)).setBorder(Border.NO_BORDER);
        cell.getAccessibilityProperties().setRole(StandardRoles.TH);
        cell.getAccessibilityProperties().addAttributes(new PdfStructureAttributes("Table")
                .addEnumAttribute("Scope", scope));
        return cell;
    }

    static Cell cell(String text) {
        return new Cell().add(new Paragraph(text).setMargin(0)).setBorder(Border.NO_BORDER);
    }
}
