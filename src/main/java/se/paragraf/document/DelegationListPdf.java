package se.paragraf.document;

import com.itextpdf.kernel.colors.DeviceRgb;
import com.itextpdf.kernel.pdf.tagging.StandardRoles;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Paragraph;
import java.io.ByteArrayOutputStream;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import se.paragraf.application.delegation.DelegationList;
import se.paragraf.application.delegation.DelegationListDocument;
import se.paragraf.domain.delegation.DelegatedDecision;
import se.paragraf.domain.matter.CaseNumber;

/**
 * A delegate's list of decisions as a PDF/A bilaga to the report paragraph (ADR 0015): a bilaga
 * is read by the members and archived with the protocol, which is what PDF/A is for; a CSV
 * would need a spreadsheet to read and does not print as a page of the protocol.
 */
public final class DelegationListPdf implements DelegationListDocument {
    private static final DeviceRgb MUTED = new DeviceRgb(0x55, 0x55, 0x55);

    @Override
    public String fileName(DelegationList list) {
        String slug = Normalizer.normalize(list.delegate().toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return "delegationsbeslut-" + (slug.isEmpty() ? "delegat" : slug) + "-" + list.meetingDate() + ".pdf";
    }

    @Override
    public byte[] render(DelegationList list) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfaDocument pdf = PdfaDocument.create(out, list.title(), list.boardName().toUpperCase(Locale.forLanguageTag("sv-SE"))
                + " – DELEGATIONSBESLUT", list.meetingDate().toString())) {
            Document body = pdf.body();
            Paragraph heading = new Paragraph(list.title()).setFont(pdf.bold()).setFontSize(14).setMarginBottom(4);
            heading.getAccessibilityProperties().setRole(StandardRoles.H1);
            body.add(heading);
            body.add(new Paragraph("Beslut " + list.period() + ", anmälda till sammanträdet " + list.meetingDate()
                    + ". " + count(list.lines().size())).setFontSize(9).setFontColor(MUTED).setMarginBottom(8));
            TaggedTable table = new TaggedTable(pdf, new float[] {13, 14, 8, 35, 20, 10},
                    List.of("Datum", "Diarienummer", "Punkt", "Beslut", "Beslutsfattare", "Överklagbart"), 8.5f);
            for (DelegationList.Line line : list.lines()) {
                DelegatedDecision d = line.decision();
                table.row(d.decidedOn().toString(), d.caseNumberIfAny().map(CaseNumber::compact).orElse("–"),
                        d.ruleCode(), d.description() + (d.urgent() ? " (ordförandebeslut, 6 kap. 39 § KL)" : "")
                                + (line.matterKind().isBlank() ? "" : "\nPunkt " + d.ruleCode() + ": " + line.matterKind()),
                        d.person() + ", " + d.role(), d.appealable() ? "Ja" : "Nej");
            }
            body.add(table.table());
        }
        return out.toByteArray();
    }

    private static String count(int n) {
        return n == 1 ? "1 beslut." : n + " beslut.";
    }
}
