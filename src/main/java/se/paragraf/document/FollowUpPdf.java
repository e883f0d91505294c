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
import java.util.Comparator;
import se.paragraf.application.assignment.WatchItem;
import se.paragraf.application.plan.FollowUp;
import se.paragraf.application.plan.FollowUpReport;
import se.paragraf.application.plan.LinkedDecision;
import se.paragraf.domain.assignment.AssignmentStatus;
import se.paragraf.domain.plan.GoalNode;
import se.paragraf.domain.plan.Indicator;
import se.paragraf.domain.plan.IndicatorValue;

/**
 * The follow-up of an operational plan as PDF/A (ADR 0009): per goal area and goal the decisions
 * of the period, the assignments they gave with their status, and each indicator's outcomes and
 * targets per year in a table; last, the goals no decision touched in the period.
 */
public final class FollowUpPdf implements FollowUpReport {
    private static final String HEADER = "PARAGRAF – UPPFÖLJNING AV VERKSAMHETSPLAN";
    private static final DateTimeFormatter MADE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DeviceRgb MUTED = new DeviceRgb(0x55, 0x55, 0x55);
    private static final DeviceRgb RULE = new DeviceRgb(0xBB, 0xBB, 0xBB);
    private static final DeviceRgb HEAD = new DeviceRgb(0xEE, 0xEE, 0xEE);

    @Override
    public void write(FollowUp followUp, OutputStream out) {
        String title = "Uppföljning: " + followUp.planTitle();
        try (PdfaDocument pdf = PdfaDocument.create(out, title, HEADER, followUp.made().toLocalDate().toString())) {
            Document body = pdf.body();
            body.add(heading(title, StandardRoles.H1, 16).setFont(pdf.bold()).setMarginBottom(4));
            body.add(new Paragraph(followUp.boardName() + " · beslut " + followUp.from() + " – " + followUp.to())
                    .setMargin(0));
            body.add(new Paragraph("Sammanställd " + followUp.made().format(MADE)).setFontSize(8).setFontColor(MUTED)
                    .setMarginBottom(8));
            for (FollowUp.Area area : followUp.areas()) {
                body.add(heading("Målområde " + area.area().label(), StandardRoles.H2, 13).setFont(pdf.bold())
                        .setMarginTop(10).setKeepWithNext(true));
                for (FollowUp.GoalFollowUp goal : area.goals()) {
                    goal(goal, pdf, body);
                }
            }
            body.add(heading("Mål som inget beslut rört under perioden", StandardRoles.H2, 13).setFont(pdf.bold())
                    .setMarginTop(14).setKeepWithNext(true));
            if (followUp.untouched().isEmpty()) {
                body.add(new Paragraph("Alla mål har beslut under perioden."));
            }
            for (GoalNode goal : followUp.untouched()) {
                body.add(new Paragraph("– " + goal.label()).setMargin(0));
            }
        }
    }

    private static void goal(FollowUp.GoalFollowUp goal, PdfaDocument pdf, Document body) {
        String kind = goal.goal().level() == GoalNode.Level.SUB_GOAL ? "Delmål " : "Mål ";
        body.add(heading(kind + goal.goal().label(), StandardRoles.H3, 11).setFont(pdf.bold()).setMarginTop(8)
                .setMarginBottom(2).setKeepWithNext(true));
        body.add(label("Beslut under perioden", pdf));
        if (goal.decisions().isEmpty()) {
            body.add(muted("Inga beslut under perioden."));
        }
        for (LinkedDecision d : goal.decisions()) {
            body.add(new Paragraph().add(new Text(d.date() + " " + d.boardName() + " " + d.paragraphLabel() + " ")
                    .setFont(pdf.bold())).add(d.title()).setMargin(0).setFontSize(9.5f));
            body.add(muted(d.decisionText().replace('\n', ' ')).setMarginLeft(10));
        }
        if (!goal.assignments().isEmpty()) {
            body.add(label("Uppdrag", pdf));
            for (WatchItem w : goal.assignments()) {
                body.add(new Paragraph().add(new Text(status(w.status()) + ": ").setFont(pdf.bold()))
                        .add(w.assignment().assignee() + " – " + w.assignment().task() + " (redovisas "
                                + w.assignment().currentDue().display() + ", " + w.origin() + ")")
                        .setMargin(0).setFontSize(9.5f));
            }
        }
        if (!goal.indicators().isEmpty()) {
            body.add(label("Indikatorer", pdf));
            body.add(indicators(goal.indicators(), pdf));
        }
    }

    /** One column per year and kind that any of the goal's indicators has a value for, so no column is empty. */
    private static Table indicators(List<Indicator> indicators, PdfaDocument pdf) {
        List<IndicatorValue> columns = indicators.stream().flatMap(i -> i.values().stream())
                .map(v -> new IndicatorValue(v.year(), v.kind(), "x")).distinct()
                .sorted(Comparator.comparing(IndicatorValue::year).thenComparing(IndicatorValue::kind)).toList();
        float[] widths = new float[1 + columns.size()];
        widths[0] = 40;
        for (int i = 1; i < widths.length; i++) {
            widths[i] = 60f / Math.max(1, widths.length - 1);
        }
        Table table = new Table(UnitValue.createPercentArray(widths)).useAllAvailableWidth().setFontSize(8);
        table.addHeaderCell(header("Indikator", pdf));
        columns.forEach(c -> table.addHeaderCell(header(c.label(), pdf)));
        for (Indicator indicator : indicators) {
            table.addCell(cell(indicator.name() + indicator.unitIfAny().map(u -> " (" + u + ")").orElse("")));
            for (IndicatorValue c : columns) {
                table.addCell(cell(indicator.value(c.year(), c.kind()).map(IndicatorValue::text).orElse("–")));
            }
        }
        return table;
    }

    private static String status(AssignmentStatus status) {
        return switch (status) {
            case OPEN -> "Öppet";
            case DUE_SOON -> "Snart";
            case OVERDUE -> "Försenat";
            case EXTENDED -> "Förlängt";
            case REPORTED -> "Delrapporterat";
            case CLOSED -> "Avslutat";
        };
    }

    private static Paragraph label(String text, PdfaDocument pdf) {
        return new Paragraph(text).setFont(pdf.bold()).setFontSize(9).setFontColor(MUTED).setMarginTop(4)
                .setMarginBottom(1).setKeepWithNext(true);
    }

    private static Paragraph muted(String text) {
        return new Paragraph(text).setFontSize(9).setFontColor(MUTED).setMargin(0);
    }

    private static Cell header(String text, PdfaDocument pdf) {
        Cell cell = new Cell().add(new Paragraph(text).setFont(pdf.bold())).setBackgroundColor(HEAD);
        // PDF/UA: a header cell says which cells it heads.
        cell.getAccessibilityProperties().addAttributes(new PdfStructureAttributes("Table").addEnumAttribute("Scope", "Column"));
        return border(cell);
    }

    private static Cell cell(String text) {
        return border(new Cell().add(new Paragraph(text == null ? "" : text)));
    }

    private static Cell border(Cell cell) {
        return cell.setBorder(Border.NO_BORDER).setBorderBottom(new SolidBorder(RULE, 0.5f)).setPadding(2);
    }

    private static Paragraph heading(String text, String role, float size) {
        Paragraph heading = new Paragraph(text).setFontSize(size).setFontColor(ColorConstants.BLACK);
        heading.getAccessibilityProperties().setRole(role);
        return heading;
    }
}
