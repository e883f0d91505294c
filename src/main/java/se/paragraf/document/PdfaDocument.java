package se.paragraf.document;

import com.itextpdf.io.font.FontProgramFactory;
import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.font.PdfFontFactory.EmbeddingStrategy;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfAConformance;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfDocumentInfo;
import com.itextpdf.kernel.pdf.PdfOutputIntent;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.PdfString;
import com.itextpdf.kernel.pdf.PdfUAConformance;
import com.itextpdf.kernel.pdf.PdfViewerPreferences;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.WriterProperties;
import com.itextpdf.kernel.pdf.canvas.CanvasArtifact;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.layout.Document;
import com.itextpdf.pdfa.PdfADocument;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * The frame every Paragraf document is written in: PDF/A-2a and PDF/UA-1 (tagged, Swedish, its
 * title shown by the viewer, DejaVu Sans embedded, sRGB output intent), A4, a running header
 * with a label, a date and "Sida X(Y)" on every page. Minutes, extracts and notices fill
 * {@link #body()} and call {@link #close()}; see ADR 0009 for why each piece is there.
 */
public final class PdfaDocument implements AutoCloseable {
    private static final String RESOURCES = "/se/paragraf/document/";
    private static final byte[] REGULAR = resource("fonts/DejaVuSans.ttf");
    private static final byte[] BOLD = resource("fonts/DejaVuSans-Bold.ttf");
    private static final byte[] SRGB = resource("color/sRGB.icc");
    static final float MARGIN = 56;

    private final PdfDocument pdf;
    private final Document body;
    private final PdfFont regular;
    private final PdfFont bold;
    private final PageFrame frame;

    private PdfaDocument(OutputStream out, String title, PageFrame frame) {
        // Without the PDF/UA identification in the XMP metadata veraPDF fails PDF/UA-1 rule 5-1.
        PdfWriter writer = new PdfWriter(out, new WriterProperties().addPdfUaXmpMetadata(PdfUAConformance.PDF_UA_1));
        pdf = new PdfADocument(writer, PdfAConformance.PDF_A_2A, new PdfOutputIntent("Custom", "",
                "http://www.color.org", "sRGB IEC61966-2.1", new ByteArrayInputStream(SRGB)));
        pdf.setTagged();
        pdf.getCatalog().setLang(new PdfString("sv-SE"));
        pdf.getCatalog().setViewerPreferences(new PdfViewerPreferences().setDisplayDocTitle(true));
        PdfDocumentInfo info = pdf.getDocumentInfo();
        info.setTitle(title);
        info.setCreator("Paragraf");
        regular = font(REGULAR);
        bold = font(BOLD);
        // The page count is known only at the end: pages stay open so that "Sida X(Y)" can be stamped.
        body = new Document(pdf, PageSize.A4, false);
        body.setMargins(frame.top(), MARGIN, frame.bottom(), MARGIN);
        body.setFont(regular).setFontSize(10);
        this.frame = frame;
    }

    /**
     * @param title       the document's title, in its metadata and in the viewer's title bar
     * @param headerLabel what the running header says on the left, e.g. "PARAGRAF – SÖKRESULTAT"
     * @param headerDate  the date the header shows beside it
     */
    public static PdfaDocument create(OutputStream out, String title, String headerLabel, String headerDate) {
        return new PdfaDocument(out, title, new RunningHeader(headerLabel, headerDate));
    }

    /** A document whose pages are framed by {@code frame} instead of the plain running header. */
    public static PdfaDocument create(OutputStream out, String title, PageFrame frame) {
        return new PdfaDocument(out, title, frame);
    }

    /**
     * Adds {@code identifier} to the XMP metadata's xmp:Identifier, a property of a schema that
     * PDF/A predefines, so no extension schema is needed (the seal stamp, ADR 0018).
     */
    public void identify(String identifier) {
        try {
            com.itextpdf.kernel.xmp.XMPMeta meta = pdf.getXmpMetadata(true);
            meta.appendArrayItem(com.itextpdf.kernel.xmp.XMPConst.NS_XMP, "Identifier",
                    new com.itextpdf.kernel.xmp.options.PropertyOptions().setArray(true), identifier, null);
            pdf.setXmpMetadata(meta);
        } catch (com.itextpdf.kernel.xmp.XMPException e) {
            throw new IllegalStateException("XMP-metadata kunde inte skrivas", e);
        }
    }

    /** The underlying document, for what layout does not do: outlines, form fields. */
    public PdfDocument pdf() {
        return pdf;
    }

    public Document body() {
        return body;
    }

    public PdfFont regular() {
        return regular;
    }

    public PdfFont bold() {
        return bold;
    }

    /** Frames every page, now that the page count is known, and writes the file. */
    @Override
    public void close() {
        int pages = pdf.getNumberOfPages();
        for (int i = 1; i <= pages; i++) {
            PdfPage page = pdf.getPage(i);
            PdfCanvas canvas = new PdfCanvas(page.newContentStreamAfter(), page.getResources(), pdf);
            // An artifact, so that screen readers and text reflow skip it rather than read it on every page.
            canvas.openTag(new CanvasArtifact());
            frame.draw(canvas, page.getPageSize(), i, pages, this);
            canvas.closeTag();
            canvas.release();
        }
        body.close();
    }

    /**
     * {@code text} with each character the embedded faces cannot draw replaced (a dash by "-", a space
     * by " ", anything else by "?"): PDF/A refuses a glyph the font lacks, and a full-width hyphen
     * pasted into a § must not stop the protocol from printing. Line breaks and tabs stay.
     */
    public String printable(String text) {
        if (text == null || text.codePoints().allMatch(this::drawable)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> out.appendCodePoint(drawable(c) ? c
                : Character.getType(c) == Character.DASH_PUNCTUATION ? '-' : Character.isSpaceChar(c) ? ' ' : '?'));
        return out.toString();
    }

    private boolean drawable(int c) {
        return c < ' ' || regular.containsGlyph(c) && bold.containsGlyph(c);
    }

    /** The embedded regular face, for text drawn outside the layout (a signature's appearance). */
    static PdfFont regularFont() {
        return font(REGULAR);
    }

    private static PdfFont font(byte[] program) {
        try {
            return PdfFontFactory.createFont(FontProgramFactory.createFont(program), PdfEncodings.IDENTITY_H,
                    EmbeddingStrategy.FORCE_EMBEDDED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A heading tagged with its structure role (H1, H2, …), so that it is one for screen readers too. */
    public static com.itextpdf.layout.element.Paragraph heading(String text, String role, float size) {
        com.itextpdf.layout.element.Paragraph heading = new com.itextpdf.layout.element.Paragraph(text)
                .setFontSize(size).setMarginBottom(6);
        heading.getAccessibilityProperties().setRole(role);
        return heading;
    }

    private static byte[] resource(String name) {
        try (InputStream in = PdfaDocument.class.getResourceAsStream(RESOURCES + name)) {
            if (in == null) {
                throw new IllegalStateException("Resursen " + name + " saknas i programmet.");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
