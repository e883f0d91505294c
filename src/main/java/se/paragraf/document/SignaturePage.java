package se.paragraf.document;

import com.itextpdf.forms.PdfAcroForm;
import com.itextpdf.forms.fields.PdfSignatureFormField;
import com.itextpdf.forms.fields.SignatureFormFieldBuilder;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.annot.PdfAnnotation;
import com.itextpdf.kernel.pdf.annot.PdfWidgetAnnotation;
import com.itextpdf.kernel.pdf.xobject.PdfFormXObject;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.element.AreaBreak;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.properties.AreaBreakType;
import java.util.List;
import se.paragraf.application.document.Signer;

/**
 * The last page, "Underskrifter": one framed area per signer with role and name, and over each
 * an empty signature field named "Underskrift N", so that a PAdES signature can be placed in it
 * later (one per signer, in this order) without changing how the page looks. Areas sit at fixed
 * places, five to a page, so the fields' rectangles are known without reading the layout back.
 */
final class SignaturePage {
    static final int PER_PAGE = 5;
    private static final float AREA_HEIGHT = 92;
    private static final float GAP = 14;
    private static final float FIRST_TOP_FROM_PAGE_TOP = 190;

    private final PdfaDocument pdf;

    SignaturePage(PdfaDocument pdf) {
        this.pdf = pdf;
    }

    void add(List<Signer> signers) {
        for (int i = 0; i < signers.size(); i++) {
            if (i % PER_PAGE == 0) {
                pdf.body().add(new AreaBreak(AreaBreakType.NEXT_PAGE));
                pdf.body().add(Tagged.heading(i == 0 ? "Underskrifter" : "Underskrifter (forts.)", 2, 14, pdf));
                pdf.body().add(new Paragraph("Protokollet skrivs under elektroniskt av de personer som anges nedan, "
                        + "var och en i sin ruta.").setMarginBottom(0));
            }
            area(signers.get(i), i);
        }
    }

    private void area(Signer signer, int index) {
        int page = pdf.pdf().getNumberOfPages();
        Rectangle size = pdf.pdf().getPage(page).getPageSize();
        float left = size.getLeft() + MinutesFrame.MARGIN;
        float width = size.getWidth() - 2 * MinutesFrame.MARGIN;
        float top = size.getTop() - FIRST_TOP_FROM_PAGE_TOP - (index % PER_PAGE) * (AREA_HEIGHT + GAP);
        float bottom = top - AREA_HEIGHT;
        Div box = new Div().setFixedPosition(page, left, bottom, width).setHeight(AREA_HEIGHT)
                .setBorder(new SolidBorder(0.6f)).setPadding(6);
        box.add(new Paragraph(signer.role()).setFont(pdf.bold()).setMargin(0));
        box.add(new Paragraph(signer.name()).setMargin(0));
        pdf.body().add(box);
        float fieldLeft = left + width * 0.4f;
        Rectangle field = new Rectangle(fieldLeft, bottom + 6, left + width - 6 - fieldLeft, AREA_HEIGHT - 12);
        PdfSignatureFormField signature = new SignatureFormFieldBuilder(pdf.pdf(), "Underskrift " + (index + 1))
                .setWidgetRectangle(field).setPage(page).createSignature();
        // PDF/UA: a form field needs a name a screen reader can say.
        signature.setAlternativeName("Underskrift: " + signer.role() + " " + signer.name());
        // PDF/A: every annotation has an appearance and is printed; an unsigned field's appearance is empty.
        PdfWidgetAnnotation widget = signature.getWidgets().get(0);
        widget.setNormalAppearance(new PdfFormXObject(new Rectangle(field.getWidth(), field.getHeight())).getPdfObject());
        widget.setFlags(PdfAnnotation.PRINT);
        PdfAcroForm.getAcroForm(pdf.pdf(), true).addField(signature, pdf.pdf().getPage(page));
    }
}
