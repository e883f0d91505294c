package se.paragraf.document;

import com.itextpdf.kernel.colors.DeviceRgb;
import com.itextpdf.kernel.pdf.tagging.StandardRoles;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Paragraph;
import java.io.OutputStream;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import se.paragraf.application.delegation.DelegationSchemeDocument;
import se.paragraf.application.delegation.SchemePrint;
import se.paragraf.domain.delegation.DelegationRule;
import se.paragraf.domain.delegation.DelegationScheme;
import se.paragraf.domain.delegation.NonDelegableFinding;

/**
 * A version of a delegationsordning as PDF/A: what version and where adopted, the legal frame
 * in a few lines (KL 6 kap. 37-40 §§, 7 kap. 6 §), all rules in one table, then every rule the
 * non-delegable check flags with its reason, so that the flag is not lost on paper.
 */
public final class DelegationSchemePdf implements DelegationSchemeDocument {
    private static final DeviceRgb MUTED = new DeviceRgb(0x55, 0x55, 0x55);
    private static final String FRAME = "Nämnden får uppdra åt ett utskott, en ledamot eller ersättare eller en anställd "
            + "att besluta på nämndens vägnar (6 kap. 37 § kommunallagen). Vissa ärenden får aldrig delegeras "
            + "(6 kap. 38 §). Ordföranden får besluta i ärenden som är så brådskande att nämndens avgörande inte "
            + "kan avvaktas; besluten anmäls vid nämndens nästa sammanträde (6 kap. 39 §). Beslut som fattas med "
            + "stöd av delegation anmäls till nämnden i den utsträckning som anges nedan (6 kap. 40 §). En "
            + "förvaltningschef får vidaredelegera där det anges (7 kap. 6 §).";

    @Override
    public void write(SchemePrint print, OutputStream out) {
        DelegationScheme scheme = print.scheme();
        try (PdfaDocument pdf = PdfaDocument.create(out, print.title() + ", version " + scheme.version(),
                print.boardName().toUpperCase(Locale.forLanguageTag("sv-SE")) + " – DELEGATIONSORDNING",
                scheme.validFrom().toString())) {
            Document body = pdf.body();
            body.add(heading(print.title(), StandardRoles.H1, 16).setFont(pdf.bold()).setMarginBottom(2));
            body.add(new Paragraph("Version " + scheme.version() + ", antagen " + scheme.adoption().cited()
                    + ". Gäller från " + scheme.validFrom()
                    + (print.validUntil() == null ? "" : " till och med " + print.validUntil()) + ".")
                    .setFontColor(MUTED).setMarginBottom(8));
            body.add(new Paragraph(FRAME).setFontSize(9).setMarginBottom(10));
            if (scheme.rules().isEmpty()) {
                body.add(new Paragraph("Delegationsordningen har inga punkter ännu."));
                return;
            }
            // Eight narrow columns broke words on A4; the substitute and further delegation go with the delegate.
            TaggedTable table = new TaggedTable(pdf, new float[] {8, 32, 22, 17, 13, 8},
                    List.of("Punkt", "Ärende", "Delegat", "Begränsning", "Lagrum", "Anmäls"), 8f);
            List<String> flags = new ArrayList<>();
            for (DelegationRule rule : scheme.rules()) {
                boolean flagged = rule.isFlaggedNonDelegable();
                table.row(rule.code() + (flagged ? " *" : ""), rule.matterKind(), delegate(rule), limits(rule),
                        rule.legalBasis() == null ? "–" : rule.legalBasis(), rule.mustReport() ? "Ja" : "Nej");
                for (NonDelegableFinding f : rule.nonDelegableFindings()) {
                    flags.add("Punkt " + rule.code() + ": " + f.explanation());
                }
            }
            body.add(table.table());
            if (!flags.isEmpty()) {
                body.add(heading("* Punkter att pröva mot 6 kap. 38 § kommunallagen", StandardRoles.H2, 11)
                        .setFont(pdf.bold()).setMarginTop(12).setMarginBottom(4));
                flags.forEach(f -> body.add(new Paragraph(f).setFontSize(9).setMarginBottom(2)));
            }
        }
    }

    private static String delegate(DelegationRule rule) {
        return rule.delegate().name() + rule.substituteRole().map(s -> "\nErsättare: " + s).orElse("")
                + (rule.furtherDelegation() ? "\nFår vidaredelegera" : "");
    }

    private static String limits(DelegationRule rule) {
        List<String> parts = new ArrayList<>();
        if (rule.amountLimit() != null) {
            // No-break spaces: an amount split over two lines is easily misread.
            parts.add("Högst\u00a0" + NumberFormat.getIntegerInstance(Locale.forLanguageTag("sv-SE"))
                    .format(rule.amountLimit()).replace(' ', '\u00a0') + "\u00a0kr");
        }
        if (rule.scope() != null) {
            parts.add(rule.scope());
        }
        return parts.isEmpty() ? "–" : String.join("; ", parts);
    }

    private static Paragraph heading(String text, String role, float size) {
        Paragraph heading = new Paragraph(text).setFontSize(size);
        heading.getAccessibilityProperties().setRole(role);
        return heading;
    }
}
