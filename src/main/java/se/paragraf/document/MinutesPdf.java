package se.paragraf.document;

import com.itextpdf.kernel.pdf.PdfString;
import com.itextpdf.kernel.pdf.navigation.PdfDestination;
import com.itextpdf.kernel.pdf.PdfOutline;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.AreaBreak;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.properties.AreaBreakType;
import java.io.OutputStream;
import java.util.List;
import se.paragraf.application.document.ExtractCertification;
import se.paragraf.application.document.MinutesDocument;
import se.paragraf.application.document.MinutesParagraph;
import se.paragraf.application.audit.SealStamp;
import se.paragraf.application.document.MinutesRenderer;

/**
 * Minutes and extracts as PDF/A-2a and PDF/UA-1 in the layout of the seed protocol (ADR 0011):
 * the cover on page 1 with the anslag block once justerat, the information items, each § with a
 * diarienummer from a new page (one H2 and one bookmark per §), each rättelse after the § it concerns (those of
 * the whole protocol after the last §), the certification of an extract, and the signature
 * page last. The header and footer of every page are drawn by {@link MinutesFrame}.
 */
public final class MinutesPdf implements MinutesRenderer {
    @Override
    public void render(MinutesDocument document, OutputStream out) {
        render(document, null, out);
    }

    /** With {@code stamp} (else null) written into the XMP metadata. */
    @Override
    public void render(MinutesDocument minutes, SealStamp stamp, OutputStream out) {
        try (PdfaDocument pdf = PdfaDocument.create(out, minutes.title(), new MinutesFrame(minutes.kind().label(),
                minutes.boardName(), minutes.date(), minutes.caseNumber()))) {
            MinutesDocument document = minutes.mapText(pdf::printable);
            if (stamp != null) {
                pdf.identify(stamp.text());
            }
            pdf.body().setFontSize(10.5f);
            CoverLayout cover = new CoverLayout(pdf);
            cover.cover(document);
            document.adjusted().ifPresent(cover::adjustment);
            if (document.kind() == MinutesDocument.Kind.MINUTES) {
                pdf.body().add(new AreaBreak(AreaBreakType.NEXT_PAGE));
            }
            information(document.information(), pdf);
            paragraphs(document.paragraphs(), pdf);
            corrections(document.corrections(), pdf);
            document.certified().ifPresent(c -> certification(c, pdf));
            new SignaturePage(pdf).add(document.signers());
        }
    }

    private static void information(List<String> items, PdfaDocument pdf) {
        if (items.isEmpty()) {
            return;
        }
        pdf.body().add(Tagged.heading("Information", 2, 12.5f, pdf).setMarginBottom(4));
        pdf.body().add(new Paragraph("Inför sammanträdet lämnas följande informationer:").setMarginBottom(6));
        for (String item : items) {
            pdf.body().add(new Paragraph(item).setMarginTop(0).setMarginBottom(6));
        }
    }

    private static void paragraphs(List<MinutesParagraph> paragraphs, PdfaDocument pdf) {
        ParagraphLayout layout = new ParagraphLayout(pdf);
        PdfOutline outlines = pdf.pdf().getOutlines(false);
        for (int i = 0; i < paragraphs.size(); i++) {
            MinutesParagraph paragraph = paragraphs.get(i);
            if (i > 0 && paragraph.registered()) {
                // As in the seed: a registered matter starts a page of its own, so that a page can be
                // copied as an extract and a § never begins at the foot of one. "Val av justerare" and
                // the like share a page.
                pdf.body().add(new AreaBreak(AreaBreakType.NEXT_PAGE));
            }
            String destination = "paragraf-" + (i + 1);
            layout.paragraph(paragraph, destination);
            outlines.addOutline(paragraph.heading())
                    .addDestination(PdfDestination.makeDestination(new PdfString(destination)));
        }
    }

    /** The rättelser of the protocol as a whole, after the last §, each a dated note. */
    private static void corrections(List<String> notes, PdfaDocument pdf) {
        if (notes.isEmpty()) {
            return;
        }
        pdf.body().add(Tagged.heading("Rättelser", 2, 12.5f, pdf).setMarginTop(18).setMarginBottom(4)
                .setKeepWithNext(true));
        for (String note : notes) {
            pdf.body().add(new Paragraph(note).setMarginTop(0).setMarginBottom(6));
        }
    }

    private static void certification(ExtractCertification certification, PdfaDocument pdf) {
        Document body = pdf.body();
        body.add(Tagged.heading("Rätt utdraget intygar", 2, 11, pdf).setMarginTop(28).setKeepWithNext(true));
        body.add(CoverLayout.line(certification.name() == null ? "" : certification.name()).setWidth(260).setKeepWithNext(true));
        body.add(new Paragraph(certification.date().toString()).setFontSize(9).setMarginTop(2));
    }
}
