package se.paragraf.document;

import com.itextpdf.kernel.colors.ColorConstants;
import com.itextpdf.kernel.colors.DeviceRgb;
import com.itextpdf.kernel.pdf.tagging.PdfStructureAttributes;
import com.itextpdf.kernel.pdf.tagging.StandardRoles;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.borders.Border;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.element.Text;
import com.itextpdf.layout.properties.UnitValue;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import se.paragraf.application.document.SearchResultList;
import se.paragraf.application.document.SearchResultReport;
import se.paragraf.application.search.CaseTimeline;
import se.paragraf.application.search.CaseTimelineEntry;
import se.paragraf.application.search.SearchHit;
import se.paragraf.application.search.SearchResults;
import se.paragraf.application.search.Snippet;
import se.paragraf.domain.matter.CaseNumber;

/**
 * A result list as PDF/A: what was asked and how it was narrowed, then per hit a heading (§ and
 * title) with board, date and diarienummer and the snippet with the matched words in bold; a
 * case timeline is one table in date order. Headings and the table are tagged, so the reading
 * order of a screen reader is the printed order.
 */
public final class SearchResultPdf implements SearchResultReport {
    private static final String TITLE = "Sökresultat";
    private static final String HEADER = "PARAGRAF – SÖKRESULTAT";
    private static final DateTimeFormatter EXPORTED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DeviceRgb MUTED = new DeviceRgb(0x55, 0x55, 0x55);
    private static final DeviceRgb RULE = new DeviceRgb(0xBB, 0xBB, 0xBB);

    @Override
    public void write(SearchResultList shown, OutputStream out) {
        try (PdfaDocument pdf = PdfaDocument.create(out, TITLE + ": " + shown.asked(), HEADER,
                shown.exported().toLocalDate().toString())) {
            SearchResultList list = shown.mapText(pdf::printable);
            Document body = pdf.body();
            body.add(heading(TITLE, StandardRoles.H1, 18).setFont(pdf.bold()).setMarginBottom(8));
            introduction(list, pdf, body);
            SearchResults results = list.results();
            results.caseTimeline().ifPresentOrElse(timeline -> timeline(timeline, pdf, body),
                    () -> hits(results.hits(), pdf, body));
        }
    }

    private static void introduction(SearchResultList list, PdfaDocument pdf, Document body) {
        body.add(new Paragraph().add(new Text("Sökning: ").setFont(pdf.bold())).add(list.asked()));
        for (String filter : list.filters()) {
            body.add(new Paragraph(filter).setMargin(0));
        }
        body.add(new Paragraph(count(list.results())).setMarginTop(6).setMarginBottom(0));
        body.add(new Paragraph("Exporterad " + list.exported().format(EXPORTED) + " ur arkivet " + list.archive())
                .setFontSize(8).setFontColor(MUTED).setMarginBottom(10));
    }

    private static String count(SearchResults results) {
        int shown = results.hits().size();
        if (results.timeline() != null) {
            return shown == 1 ? "1 paragraf" : shown + " paragrafer";
        }
        if (results.totalHits() > shown) {
            return "De " + shown + " bästa av " + results.totalHits() + " träffar";
        }
        return shown == 1 ? "1 träff" : shown + " träffar";
    }

    private static void hits(List<SearchHit> hits, PdfaDocument pdf, Document body) {
        if (hits.isEmpty()) {
            body.add(new Paragraph("Inga paragrafer matchar sökningen."));
        }
        for (SearchHit hit : hits) {
            body.add(heading("§ " + hit.number() + "  " + hit.title(), StandardRoles.H2, 11).setFont(pdf.bold())
                    .setMarginTop(10).setMarginBottom(1).setKeepWithNext(true));
            String cases = caseNumbers(hit.caseNumbers());
            body.add(new Paragraph(hit.boardName() + " · " + hit.date() + " · " + hit.kind().swedishName()
                    + (cases.isEmpty() ? "" : " · Dnr " + cases)).setFontSize(9).setFontColor(MUTED).setMargin(0)
                    .setKeepWithNext(true));
            if (!hit.snippet().isBlank()) {
                body.add(snippet(hit.snippet(), pdf).setMarginTop(3));
            }
        }
    }

    /** The index's « » marks become bold runs; the marks themselves are never printed. */
    private static Paragraph snippet(String snippet, PdfaDocument pdf) {
        Paragraph paragraph = new Paragraph().setMarginBottom(0);
        for (Snippet.Part part : Snippet.parse(snippet.replaceAll("\\s+", " ").strip())) {
            Text text = new Text(part.text());
            paragraph.add(part.highlighted() ? text.setFont(pdf.bold()) : text);
        }
        return paragraph;
    }

    private static void timeline(CaseTimeline timeline, PdfaDocument pdf, Document body) {
        body.add(heading("Ärendets gång: " + timeline.caseNumber().canonical(), StandardRoles.H2, 12)
                .setFont(pdf.bold()).setMarginTop(6).setMarginBottom(4));
        if (timeline.isEmpty()) {
            body.add(new Paragraph("Inga paragrafer i arkivet har diarienummer " + timeline.caseNumber().canonical()
                    + "."));
            return;
        }
        Table table = new Table(UnitValue.createPercentArray(new float[] {17, 14, 7, 25, 27, 10}))
                .useAllAvailableWidth().setFontSize(8.5f);
        for (String column : List.of("Organ", "Datum", "§", "Rubrik", "Beslut i korthet", "Justerad")) {
            Cell cell = new Cell().add(new Paragraph(column).setFont(pdf.bold())).setBackgroundColor(
                    new DeviceRgb(0xEE, 0xEE, 0xEE));
            // PDF/UA: a header cell says which cells it heads.
            cell.getAccessibilityProperties().addAttributes(new PdfStructureAttributes("Table")
                    .addEnumAttribute("Scope", "Column"));
            table.addHeaderCell(border(cell));
        }
        for (CaseTimelineEntry entry : timeline.entries()) {
            table.addCell(cell(entry.boardName()));
            table.addCell(cell(entry.date().toString()));
            table.addCell(cell("§ " + entry.number()));
            table.addCell(cell(entry.title()));
            table.addCell(cell(entry.decisionSummary()));
            table.addCell(cell(entry.adjusted() ? "Ja" : "Nej"));
        }
        body.add(table);
    }

    private static Cell cell(String text) {
        return border(new Cell().add(new Paragraph(text == null ? "" : text)));
    }

    private static Cell border(Cell cell) {
        return cell.setBorder(Border.NO_BORDER)
                .setBorderBottom(new SolidBorder(RULE, 0.5f)).setPadding(3);
    }

    private static Paragraph heading(String text, String role, float size) {
        Paragraph heading = new Paragraph(text).setFontSize(size).setFontColor(ColorConstants.BLACK);
        heading.getAccessibilityProperties().setRole(role);
        return heading;
    }

    private static String caseNumbers(List<CaseNumber> caseNumbers) {
        return caseNumbers.stream().map(CaseNumber::canonical).collect(Collectors.joining(", "));
    }
}
