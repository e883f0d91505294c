package se.paragraf.document;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.StampingProperties;
import com.itextpdf.signatures.PdfPadesSigner;
import com.itextpdf.signatures.SignatureUtil;
import com.itextpdf.signatures.SignerProperties;
import com.itextpdf.forms.form.element.SignatureFieldAppearance;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Collections;
import java.util.List;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import se.paragraf.application.document.DocumentSigner;
import se.paragraf.domain.adjustment.SignerRole;
import se.paragraf.domain.shared.DomainException;

/**
 * PAdES baseline-B signatures with iText's sign module. Each signature is an invisible field
 * appended as an incremental update (append mode), so the bytes signed before stay untouched and
 * their signatures valid; invisible fields have no appearance to break PDF/A.
 */
public final class PadesSigner implements DocumentSigner {

    @Override
    public Signed sign(byte[] pdf, Path pkcs12, char[] password, SignerRole role, String location) throws IOException {
        Key key = load(pkcs12, password);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SignerProperties properties = new SignerProperties()
                .setFieldName(fieldFor(pdf, role))
                // Drawn only when the field is on a page; PDF/A wants its font embedded like the rest.
                .setSignatureAppearance(new SignatureFieldAppearance(SignerProperties.IGNORED_ID)
                        .setContent("Signerat digitalt, " + role.swedish() + "\n" + commonName((X509Certificate) key.chain()[0]))
                        .setFont(PdfaDocument.regularFont()).setFontSize(9))
                .setReason("Justering av protokollet, " + role.swedish())
                .setSignatureCreator("Paragraf");
        if (location != null && !location.isBlank()) {
            properties.setLocation(location);
        }
        try {
            new PdfPadesSigner(new PdfReader(new ByteArrayInputStream(pdf)), out)
                    .setStampingProperties(new StampingProperties().useAppendMode())
                    .signWithBaselineBProfile(properties, key.chain(), key.privateKey());
        } catch (GeneralSecurityException e) {
            throw new DomainException("Protokollet kunde inte signeras med nyckeln i " + pkcs12.getFileName()
                    + ": " + e.getMessage() + ". Kontrollera att filen innehåller en nyckel för signering.");
        }
        return new Signed(out.toByteArray(), commonName((X509Certificate) key.chain()[0]));
    }

    /**
     * The minutes' signature page holds an empty field per signer, in signing order: the next one
     * is filled, so the signature sits where the page says. A PDF without such fields (an anslag,
     * an extract) gets a new invisible field per signature.
     */
    private static String fieldFor(byte[] pdf, SignerRole role) throws IOException {
        try (PdfDocument document = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            SignatureUtil signatures = new SignatureUtil(document);
            List<String> blank = signatures.getBlankSignatureNames();
            return blank.isEmpty() ? "Justering " + (signatures.getSignatureNames().size() + 1) + " " + role.swedish()
                    : blank.get(0);
        }
    }

    private record Key(PrivateKey privateKey, Certificate[] chain) {
    }

    private static Key load(Path pkcs12, char[] password) throws IOException {
        if (!Files.isRegularFile(pkcs12)) {
            throw new DomainException("Nyckelfilen " + pkcs12 + " finns inte. Kontrollera sökvägen.");
        }
        try (InputStream in = Files.newInputStream(pkcs12)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            for (String alias : Collections.list(store.aliases())) {
                if (store.isKeyEntry(alias)) {
                    return new Key((PrivateKey) store.getKey(alias, password), store.getCertificateChain(alias));
                }
            }
            throw new DomainException("Nyckelfilen " + pkcs12.getFileName() + " innehåller ingen privat nyckel.");
        } catch (IOException e) {
            if (e.getCause() instanceof java.security.UnrecoverableKeyException) {
                throw new DomainException("Fel lösenord till nyckelfilen " + pkcs12.getFileName() + ". Försök igen.");
            }
            throw new DomainException("Nyckelfilen " + pkcs12.getFileName() + " kunde inte läsas: fel lösenord "
                    + "eller ingen PKCS#12-fil.");
        } catch (GeneralSecurityException e) {
            throw new DomainException("Nyckeln i " + pkcs12.getFileName() + " kunde inte läsas: " + e.getMessage());
        }
    }

    private static String commonName(X509Certificate certificate) {
        RDN[] names = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded()).getRDNs(BCStyle.CN);
        return names.length == 0 ? certificate.getSubjectX500Principal().getName()
                : IETFUtils.valueToString(names[0].getFirst().getValue());
    }
}
