package se.paragraf.document;

import com.itextpdf.kernel.colors.DeviceRgb;
import com.itextpdf.layout.borders.Border;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import java.util.List;
import se.paragraf.application.document.MinutesBlock;
import se.paragraf.application.document.MinutesParagraph;

/**
 * A § as the seed prints it: "§ 98 Title" as a heading, the fields, "Beslut:", the formula and
 * each att-sats as a paragraph of its own, motivation headings in bold, and an open vote as a
 * table with a totals row. A heading is kept with what follows it, so none ends a page alone.
 */
final class ParagraphLayout {
    private static final DeviceRgb RULE = new DeviceRgb(0x99, 0x99, 0x99);
    private static final List<String> CHOICES = List.of("Ja", "Nej", "Avstår");
    /** Characters of text below which a section is not split across pages. */
    private static final int SHORT_SECTION = 900;

    private final PdfaDocument pdf;

    ParagraphLayout(PdfaDocument pdf) {
        this.pdf = pdf;
    }

    /**
     * {@code destination} names the heading's place, for the bookmark that leads to it. The heading
     * goes straight into the document (iText keeps a heading with its next element only there) and
     * the body follows as one Div of sections, each a heading with its text: few top-level elements
     * keep iText's tagging bookkeeping, which rescans them on every addition, from growing with the
     * square of the protocol's length. A short section is kept on one page.
     */
    void paragraph(MinutesParagraph paragraph, String destination) {
        Paragraph heading = Tagged.heading(paragraph.heading(), 2, 12.5f, pdf).setMarginTop(18).setMarginBottom(8)
                .setKeepWithNext(true);
        heading.setDestination(destination);
        pdf.body().add(heading);
        Div body = new Div();
        Div section = new Div();
        int length = 0;
        for (MinutesBlock block : paragraph.blocks()) {
            if (block instanceof MinutesBlock.Heading h) {
                close(body, section, length);
                section = new Div();
                length = 0;
                section.add(Tagged.heading(h.text(), 3, 10.5f, pdf).setMarginTop(8).setMarginBottom(2));
            } else if (block instanceof MinutesBlock.Fields f) {
                lines(section, f.lines(), 8);
            } else if (block instanceof MinutesBlock.Text t) {
                text(section, t.text());
                length += t.text().length();
            } else if (block instanceof MinutesBlock.Decision d) {
                decision(section, d);
                length += SHORT_SECTION;
            } else if (block instanceof MinutesBlock.VoteTable v) {
                vote(section, v);
                length += v.rows().size() * 40;
            }
        }
        close(body, section, length);
        pdf.body().add(body);
    }

    private static void close(Div body, Div section, int length) {
        if (!section.getChildren().isEmpty()) {
            body.add(section.setKeepTogether(length < SHORT_SECTION));
        }
    }

    /**
     * One layout paragraph per printed line: iText 9.5 draws a line again and again when a
     * newline inside a paragraph is followed by a closing quote (”), as reservations start.
     */
    static void text(Div body, String text) {
        for (String paragraph : text.split("\\R\\s*\\R")) {
            lines(body, List.of(paragraph.split("\\R")), 6);
        }
    }

    private static void lines(Div body, List<String> lines, float after) {
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            body.add(new Paragraph(line.isEmpty() ? "\u00A0" : line).setMarginTop(0)
                    .setMarginBottom(i == lines.size() - 1 ? after : 0));
        }
    }

    private static void decision(Div body, MinutesBlock.Decision decision) {
        body.add(new Paragraph(decision.formula()).setMarginTop(4).setMarginBottom(6).setKeepWithNext(true));
        for (String clause : decision.clauses()) {
            body.add(new Paragraph(clause).setMarginTop(0).setMarginBottom(6));
        }
    }

    private void vote(Div body, MinutesBlock.VoteTable vote) {
        body.add(new Paragraph(vote.subject()).setMarginBottom(4).setKeepWithNext(true));
        Table table = new Table(UnitValue.createPercentArray(new float[] {46, 18, 12, 12, 12})).useAllAvailableWidth()
                .setFontSize(9.5f).setMarginBottom(6);
        for (String column : List.of("Ledamot", "Parti", "Ja", "Nej", "Avstår")) {
            table.addHeaderCell(ruled(Tagged.header(column, "Column", pdf), 0.8f));
        }
        for (MinutesBlock.VoteRow row : vote.rows()) {
            table.addCell(ruled(Tagged.cell(row.member()), 0.3f));
            table.addCell(ruled(Tagged.cell(row.party()), 0.3f));
            for (String choice : CHOICES) {
                table.addCell(ruled(Tagged.cell(choice.equals(row.choice()) ? "X" : "")
                        .setTextAlignment(TextAlignment.CENTER), 0.3f));
            }
        }
        table.addFooterCell(ruled(Tagged.header("Summa", "Row", pdf), 0.8f));
        table.addFooterCell(ruled(Tagged.cell(""), 0.8f));
        for (int count : new int[] {vote.yes(), vote.no(), vote.abstain()}) {
            table.addFooterCell(ruled(Tagged.cell(Integer.toString(count)).setTextAlignment(TextAlignment.CENTER)
                    .setFont(pdf.bold()), 0.8f));
        }
        body.add(table);
        body.add(new Paragraph("Resultat: " + vote.yes() + " ja, " + vote.no() + " nej, " + vote.abstain() + " avstår.")
                .setMarginTop(0));
    }

    private static Cell ruled(Cell cell, float width) {
        return cell.setBorder(Border.NO_BORDER).setBorderBottom(new SolidBorder(RULE, width)).setPadding(2);
    }
}
