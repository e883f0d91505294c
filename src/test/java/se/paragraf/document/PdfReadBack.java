package se.paragraf.document;

import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfObject;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** Reads a PDF we wrote back: its text, its fonts, and what veraPDF says about it. */
public final class PdfReadBack {
    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfReadBack() {
    }

    /** The text of every page, in page order. */
    public static String text(Path file) throws Exception {
        try (PdfDocument pdf = new PdfDocument(new PdfReader(file.toFile()))) {
            StringBuilder text = new StringBuilder();
            for (int i = 1; i <= pdf.getNumberOfPages(); i++) {
                text.append(PdfTextExtractor.getTextFromPage(pdf.getPage(i))).append('\n');
            }
            return text.toString();
        }
    }

    /** The names of the fonts that have no embedded TrueType program (FontFile2); empty when all are embedded. */
    public static List<String> fontsNotEmbedded(Path file) throws Exception {
        List<String> missing = new ArrayList<>();
        int fonts = 0;
        try (PdfDocument pdf = new PdfDocument(new PdfReader(file.toFile()))) {
            for (int i = 1; i < pdf.getNumberOfPdfObjects(); i++) {
                PdfObject object = pdf.getPdfObject(i);
                if (object instanceof PdfDictionary dictionary && PdfName.FontDescriptor.equals(
                        dictionary.getAsName(PdfName.Type))) {
                    fonts++;
                    if (dictionary.get(PdfName.FontFile2) == null) {
                        missing.add(String.valueOf(dictionary.getAsName(PdfName.FontName)));
                    }
                }
            }
        }
        if (fonts == 0) {
            missing.add("(inga typsnitt alls)");
        }
        return missing;
    }

    /** The rules veraPDF finds broken for {@code flavour}, one line each; empty when the file complies. */
    public static List<String> failedRules(Path file, PDFAFlavour flavour) throws Exception {
        try (InputStream in = Files.newInputStream(file);
             PDFAParser parser = Foundries.defaultInstance().createParser(in, flavour);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            List<String> failed = result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + " " + a.getMessage()
                            + " @ " + a.getLocation().getContext())
                    .distinct().collect(Collectors.toCollection(ArrayList::new));
            if (!result.isCompliant() && failed.isEmpty()) {
                failed.add("not compliant, no failed assertion reported: " + result.getFailedChecks());
            }
            return failed;
        }
    }
}
