package se.paragraf.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import se.paragraf.application.Services;
import se.paragraf.application.document.ExtractCertification;
import se.paragraf.application.document.MinutesOptions;
import se.paragraf.application.document.Signer;
import se.paragraf.domain.paragraph.ParagraphNumber;
import se.paragraf.domain.shared.DomainException;
import se.paragraf.ui.TestArchive;

/** The demo meeting, filled in and justerad, as minutes, extract and public version, read back. */
class MinutesPdfTest {
    @TempDir
    static Path dataDir;
    private static TestArchive archive;
    private static Services services;
    private static MinutesFixture fixture;
    private static Path minutes;
    private static Path extract;
    private static Path publicVersion;

    @BeforeAll
    static void render() throws Exception {
        archive = TestArchive.openIn(dataDir).withDemo();
        services = archive.services();
        fixture = MinutesFixture.enrich(services);
        fixture.adjust();
        minutes = dataDir.resolve("protokoll.pdf");
        services.renderMinutes().minutes(fixture.meeting, MinutesOptions.FULL.signedBy(List.of(
                new Signer("Ordförande", "Sara Nylund"), new Signer("Justerare", "Lina Lindman"),
                new Signer("Sekreterare", "Maria Ström"))), minutes);
        extract = dataDir.resolve("utdrag.pdf");
        services.renderMinutes().extract(fixture.meeting, List.of(ParagraphNumber.of(98), ParagraphNumber.of(104)),
                new ExtractCertification("Maria Ström", LocalDate.of(2025, 5, 23)), false, extract);
        publicVersion = dataDir.resolve("offentlig.pdf");
        services.renderMinutes().minutes(fixture.meeting, MinutesOptions.PUBLIC, publicVersion);
        keepForLooking(minutes, extract, publicVersion);
    }

    /** Copies for a human to look at (pdftoppm), beside the screenshots. */
    private static void keepForLooking(Path... files) throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "pdf"));
        for (Path file : files) {
            Files.copy(file, dir.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @AfterAll
    static void close() {
        archive.close();
    }

    @Test
    void minutesAreValidPdfA2aAndPdfUa1WithEmbeddedFonts() throws Exception {
        for (Path file : List.of(minutes, extract, publicVersion)) {
            assertThat(PdfReadBack.failedRules(file, PDFAFlavour.PDFA_2_A)).as(file.toString()).isEmpty();
            assertThat(PdfReadBack.failedRules(file, PDFAFlavour.PDFUA_1)).as(file.toString()).isEmpty();
            assertThat(PdfReadBack.fontsNotEmbedded(file)).as(file.toString()).isEmpty();
        }
    }

    @Test
    void everyParagraphHasItsHeadingAndEveryPageItsFrame() throws Exception {
        String text = PdfReadBack.text(minutes);
        int pages = pages(minutes);

        for (int n = 96; n <= 135; n++) {
            assertThat(text).contains("§ " + n + " ");
        }
        assertThat(text).contains("§ 98 Svar på revisionsrapport; Skydd mot välfärdsbrott", "Diarienummer: 25RS1523",
                "Beslutsunderlag", "bilaga 1", "Beredning", "Finansutskottet den 7 maj 2025, § 71", "Delges");
        assertThat(count(text, "PROTOKOLL")).isGreaterThanOrEqualTo(pages);
        assertThat(count(text, "Ordförandens sign")).isEqualTo(pages);
        assertThat(count(text, "Utdragsbestyrkande")).isEqualTo(pages);
        assertThat(text).contains("REGIONSTYRELSEN", "2025-05-20", "25RS1", "Sida 3(" + pages + ")");
        assertThat(pages).isGreaterThan(30);
    }

    @Test
    void clausesArePunctuatedAsInTheSeed() throws Exception {
        String text = oneLine(PdfReadBack.text(minutes));

        assertThat(text).contains("att avge ”Svar på revisionsrapport Skydd mot välfärdsbrott”;",
                "inom intern styrning och kontroll; samt",
                "att uppdra till regiondirektören att ta fram förslag på, samt fastställa åtgärder som syftar till en "
                        + "stärkt avtalsuppföljning.");
    }

    @Test
    void theCoverNamesWhoDecidedAndWhoSigns() throws Exception {
        String text = oneLine(PdfReadBack.text(minutes));

        assertThat(text).contains("Plats och tid", "Regionens hus, Härnösand", "tisdag den 20 maj 2025, kl. 09.00–15.30",
                "Beslutande", "Sara Nylund, ordförande", "Anna Berg (C), tjänstgörande ersättare för Christina Nordenö (S)",
                "Ej tjänstgörande ersättare", "Bo Ek (V)", "Övriga närvarande", "Åsa Bellander, Regiondirektör",
                "Utses att justera", "Lina Lindman", "Justeringens plats och tid", "Paragrafer", "§§ 96–135",
                "Sekreterare", "Maria Ström", "Bevis om anslag", "Protokollet justerades 2025-05-22.");
        // Justerat but not yet anslaget: no day or place of an anslag is printed as if it were recorded.
        assertThat(text).contains("Justeringen har ännu inte tillkännagivits genom anslag.")
                .doesNotContain("Anslaget tas ned", "2025-06-12", "Förvaringsplats");
        assertThat(text.indexOf("Inför sammanträdet lämnas följande informationer")).isLessThan(text.indexOf("§ 96 "));
        assertThat(text).contains("Information från regiondirektören (bilaga F)");
    }

    @Test
    void proceedingsAreAllPrintedAndAnOpenVoteIsATable() throws Exception {
        String text = PdfReadBack.text(minutes);

        assertThat(text).contains("Jäv", "Christina Nordenö (S) anmäler jäv", "Yrkanden",
                "Patrik Gustavsson (M) yrkar bifall till finansutskottets förslag.", "Martin Andersson (SD) yrkar återremiss.",
                "Propositionsordning", "Omröstning", "Ledamot", "Parti", "Ja", "Nej", "Avstår", "Summa",
                "Resultat: 3 ja, 1 nej, 1 avstår.", "Reservation", "Martin Andersson (SD) reserverar sig mot beslutet",
                "Protokollsanteckning", "Lina Lindman ställer sig bakom protokollsanteckningen.");
        assertThat(oneLine(text)).containsPattern("Anna Berg C\\s+X");
    }

    @Test
    void theSignaturePageHasAnEmptyFieldPerSigner() throws Exception {
        try (PdfDocument pdf = new PdfDocument(new PdfReader(minutes.toFile()))) {
            var form = com.itextpdf.forms.PdfAcroForm.getAcroForm(pdf, false);
            assertThat(form.getAllFormFields()).containsKeys("Underskrift 1", "Underskrift 2", "Underskrift 3");
        }
        String last = PdfReadBack.text(minutes);
        assertThat(last.substring(last.lastIndexOf("Underskrifter"))).contains("Ordförande", "Sara Nylund", "Justerare",
                "Lina Lindman", "Sekreterare", "Maria Ström");
    }

    @Test
    void anExtractHasTheChosenParagraphsAndTheCertification() throws Exception {
        String text = PdfReadBack.text(extract);

        assertThat(text).contains("PROTOKOLLSUTDRAG", "REGIONSTYRELSEN", "§ 98 Svar på revisionsrapport", "§ 104 ",
                "Sammanträdesdatum", "Beslutande", "Justerat", "Rätt utdraget intygar", "Maria Ström", "2025-05-23");
        assertThat(text).doesNotContain("§ 99 ", "§ 135 ", "Bevis om anslag");
    }

    @Test
    void anExtractOfAParagraphThatIsNotInTheMeetingIsRefusedInSwedish() {
        assertThatThrownBy(() -> services.renderMinutes().extract(fixture.meeting, List.of(ParagraphNumber.of(999)),
                new ExtractCertification("Maria Ström", LocalDate.of(2025, 5, 23)), false, new ByteArrayOutputStream()))
                .isInstanceOf(DomainException.class).hasMessageContaining("§ 999 finns inte i sammanträdet");
    }

    @Test
    void thePublicVersionHidesConfidentialParagraphsAndPersonalNumbers() throws Exception {
        String text = oneLine(PdfReadBack.text(publicVersion));
        String all = text + "\n" + metadata(publicVersion);

        assertThat(text).contains("§ 110 " + MinutesFixture.SECRET_TITLE, "OSL 26 kap. 1 §", "Offentlig version");
        assertThat(all).doesNotContain(MinutesFixture.SECRET);
        for (String number : MinutesFixture.PERSONAL_NUMBERS) {
            assertThat(all).doesNotContain(number);
        }
        assertThat(oneLine(all)).doesNotContainPattern("\\d{6}\\s*[-+]?\\s*\\d{4}");
        assertThat(PdfReadBack.text(minutes)).contains(MinutesFixture.SECRET, MinutesFixture.PERSONAL_NUMBERS.get(1));
    }

    /** Info dictionary, XMP and bookmarks: what a viewer or an indexer shows besides the pages. */
    private static String metadata(Path file) throws Exception {
        try (PdfDocument pdf = new PdfDocument(new PdfReader(file.toFile()))) {
            StringBuilder s = new StringBuilder();
            s.append(pdf.getDocumentInfo().getTitle()).append('\n').append(pdf.getDocumentInfo().getSubject())
                    .append('\n').append(pdf.getDocumentInfo().getKeywords()).append('\n');
            s.append(new String(pdf.getXmpMetadataBytes(), java.nio.charset.StandardCharsets.UTF_8)).append('\n');
            pdf.getOutlines(false).getAllChildren().forEach(o -> s.append(o.getTitle()).append('\n'));
            return s.toString();
        }
    }

    private static int pages(Path file) throws Exception {
        try (PdfDocument pdf = new PdfDocument(new PdfReader(file.toFile()))) {
            return pdf.getNumberOfPages();
        }
    }

    private static int count(String text, String what) {
        Matcher m = Pattern.compile(Pattern.quote(what)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ");
    }
}
