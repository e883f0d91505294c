package se.paragraf.application.document;

import java.io.IOException;
import java.nio.file.Path;
import se.paragraf.domain.adjustment.SignerRole;

/**
 * Port: signs a PDF (any PDF/A: minutes, an extract, a notice) with one PAdES signature from a
 * PKCS#12 key, as an incremental update so that earlier signatures stay valid (ADR 0013).
 */
public interface DocumentSigner {
    /** Signs {@code pdf} and returns the signed file's bytes and the signer's name from the certificate. */
    Signed sign(byte[] pdf, Path pkcs12, char[] password, SignerRole role, String location) throws IOException;

    record Signed(byte[] pdf, String signerName) {
    }
}
