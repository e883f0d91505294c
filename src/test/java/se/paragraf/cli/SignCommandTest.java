package se.paragraf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import se.paragraf.app.Composition;
import se.paragraf.application.OpenArchive;
import se.paragraf.application.Services;
import se.paragraf.application.document.MinutesOptions;
import se.paragraf.application.document.Signer;
import se.paragraf.document.PdfReadBack;
import se.paragraf.domain.adjustment.AdjustmentSignature;
import se.paragraf.domain.adjustment.SignerRole;
import se.paragraf.domain.board.BoardKind;
import se.paragraf.domain.meeting.Meeting;

/**
 * Digital justering: three signers sign a PDF/A one after another with keys generated here; each
 * signature an incremental update. pdfsig (poppler) must report every signature valid and veraPDF
 * the file still PDF/A-2a.
 */
class SignCommandTest {
    private static final char[] PASSWORD = "hemligt-losen-2025".toCharArray();

    @TempDir
    Path dir;

    @Test
    void threeSignersSignAPdfAndEverySignatureStaysValid() throws Exception {
        Path data = dir.resolve("arkiv");
        Path pdf = dir.resolve("protokoll.pdf");
        Path passwordFile = dir.resolve("lösen.txt");
        Files.writeString(passwordFile, new String(PASSWORD) + "\n", StandardCharsets.UTF_8);
        Meeting meeting;
        try (OpenArchive archive = new Composition().open(data)) {
            Services s = archive.services();
            var board = s.manageBoards().createBoard("Regionstyrelsen", BoardKind.EXECUTIVE_BOARD, null, 2);
            meeting = s.planMeeting().create(board.id(), LocalDate.of(2025, 11, 25), null, null, null, null);
            s.adjustMinutes().readyForAdjustment(meeting.id(), LocalDate.of(2025, 11, 28));
            s.adjustMinutes().adjust(meeting.id(), LocalDate.of(2025, 12, 2));
            s.postNotice().post(meeting.id(), LocalDate.of(2025, 12, 3), null, "Regionens kansli, Härnösand");
            // The minutes with their signature page: one empty field per signer, filled in signing order.
            s.renderMinutes().minutes(meeting.id(), MinutesOptions.FULL.signedBy(List.of(
                    new Signer("Ordförande", "Anna Ordförande"), new Signer("Justerare", "Bertil Justerare"),
                    new Signer("Sekreterare", "Karin Nyman"))), pdf);
        }
        List<String[]> signers = List.of(new String[] {"Anna Ordförande", "ordförande"},
                new String[] {"Bertil Justerare", "justerare"}, new String[] {"Karin Nyman", "sekreterare"});
        for (String[] signer : signers) {
            Path p12 = pkcs12(signer[0]);
            CliRun run = CliRun.of("sign", "--data-dir", data.toString(), "--pdf", pdf.toString(), "--out",
                    pdf.toString(), "--p12", p12.toString(), "--password-file", passwordFile.toString(),
                    "--role", signer[1], "--meeting", Long.toString(meeting.id().value()), "--location", "Härnösand");
            assertThat(run.exitCode).as(run.err).isZero();
            assertThat(run.out).contains("Signerat av " + signer[0] + " (" + signer[1] + ")");
        }

        String report = pdfsig(pdf);
        assertThat(report).contains("Signature #3").doesNotContain("Signature #4");
        assertThat(report.lines().filter(l -> l.contains("Signature Validation:")))
                .hasSize(3).allMatch(l -> l.contains("Signature is Valid"));
        assertThat(report).contains("Anna Ordförande", "Bertil Justerare", "Karin Nyman");
        assertThat(report).as("each signature in its field on the signature page")
                .contains("Underskrift 1").contains("Underskrift 2").contains("Underskrift 3");
        assertThat(PdfReadBack.text(pdf)).contains("Underskrifter").contains("Bertil Justerare");
        assertThat(PdfReadBack.failedRules(pdf, PDFAFlavour.PDFA_2_A)).isEmpty();

        CliRun verify = CliRun.of("verify", "--data-dir", data.toString(), "--meeting",
                Long.toString(meeting.id().value()), "--pdf", pdf.toString());
        assertThat(verify.exitCode).as(verify.err).isZero();
        assertThat(verify.out).contains("(SIGNED_MINUTES");
        try (OpenArchive archive = new Composition().open(data)) {
            assertThat(archive.services().signMinutes().signatures(meeting.id()))
                    .extracting(AdjustmentSignature::role, AdjustmentSignature::name, AdjustmentSignature::method)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(SignerRole.CHAIR, "Anna Ordförande",
                                    AdjustmentSignature.Method.DIGITAL),
                            org.assertj.core.groups.Tuple.tuple(SignerRole.ADJUSTER, "Bertil Justerare",
                                    AdjustmentSignature.Method.DIGITAL),
                            org.assertj.core.groups.Tuple.tuple(SignerRole.SECRETARY, "Karin Nyman",
                                    AdjustmentSignature.Method.DIGITAL));
        }
        Files.createDirectories(Path.of("target", "documents"));
        Files.copy(pdf, Path.of("target", "documents", "signerat.pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void aWrongPasswordIsToldPolitely() throws Exception {
        Path pdf = dir.resolve("x.pdf");
        Files.write(pdf, "%PDF-1.7".getBytes());
        Path passwordFile = dir.resolve("fel.txt");
        Files.writeString(passwordFile, "fel");
        CliRun run = CliRun.of("sign", "--data-dir", dir.resolve("arkiv").toString(), "--pdf", pdf.toString(),
                "--out", dir.resolve("y.pdf").toString(), "--p12", pkcs12("Anna").toString(),
                "--password-file", passwordFile.toString(), "--role", "justerare");
        assertThat(run.exitCode).isEqualTo(ParagrafCommand.INVALID_INPUT);
        assertThat(run.err).contains("lösenord");
    }

    @Test
    void paperJusteringIsRecorded() {
        try (OpenArchive archive = new Composition().open(dir.resolve("arkiv"))) {
            Services s = archive.services();
            var board = s.manageBoards().createBoard("Regionstyrelsen", BoardKind.EXECUTIVE_BOARD, null, 2);
            Meeting meeting = s.planMeeting().create(board.id(), LocalDate.of(2025, 5, 20), null, null, null, null);
            LocalDateTime signed = LocalDateTime.of(2025, 5, 23, 10, 15);
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> s.signMinutes().recordPaper(meeting.id(),
                    SignerRole.CHAIR, "Anna Ordförande", signed)).hasMessageContaining("utkast");
            s.adjustMinutes().readyForAdjustment(meeting.id(), LocalDate.of(2025, 5, 21));
            s.signMinutes().recordPaper(meeting.id(), SignerRole.CHAIR, "Anna Ordförande", signed);
            assertThat(s.signMinutes().signatures(meeting.id())).singleElement()
                    .satisfies(a -> assertThat(a.method()).isEqualTo(AdjustmentSignature.Method.PAPER))
                    .satisfies(a -> assertThat(a.recordedBy()).isEqualTo(System.getProperty("user.name")));
        }
    }

    private static String pdfsig(Path pdf) throws Exception {
        Process process = new ProcessBuilder("pdfsig", pdf.toString()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(output).isZero();
        return output;
    }

    /** A self-signed signing key in a PKCS#12 file, as a kansli's e-tjänstekort export would be. */
    private Path pkcs12(String name) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair keys = generator.generateKeyPair();
        X500Name subject = new X500Name("CN=" + name + ", O=Region Västernorrland, C=SE");
        Instant now = Instant.now();
        var builder = new JcaX509v3CertificateBuilder(subject, BigInteger.valueOf(now.toEpochMilli()),
                Date.from(now.minus(1, ChronoUnit.DAYS)), Date.from(now.plus(365, ChronoUnit.DAYS)), subject,
                keys.getPublic());
        builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
        X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(
                builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate())));
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("signering", keys.getPrivate(), PASSWORD, new Certificate[] {certificate});
        Path file = dir.resolve(name.replace(' ', '-') + ".p12");
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, PASSWORD);
        }
        return file;
    }
}
