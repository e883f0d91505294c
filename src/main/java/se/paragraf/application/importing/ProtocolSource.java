package se.paragraf.application.importing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import se.paragraf.domain.shared.Require;

/** The bytes of one protocol file as given: a PDF or a text file. Its checksum identifies it. */
public final class ProtocolSource {
    private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};
    /** The PDF specification lets the header start anywhere in the first kilobyte. */
    private static final int PDF_HEADER_WINDOW = 1024;

    private final String fileName;
    private final byte[] bytes;
    private final String checksum;

    private ProtocolSource(String fileName, byte[] bytes) {
        this.fileName = Require.text(fileName, "Filnamn");
        this.bytes = Require.present(bytes, "Filens innehåll").clone();
        this.checksum = sha256(this.bytes);
    }

    public static ProtocolSource of(String fileName, byte[] bytes) {
        return new ProtocolSource(fileName, bytes);
    }

    public static ProtocolSource read(Path file) {
        try {
            return new ProtocolSource(file.getFileName().toString(), Files.readAllBytes(file));
        } catch (IOException e) {
            throw new ImportException("Filen " + file.getFileName() + " kunde inte läsas. Kontrollera att den finns "
                    + "och att du har läsrätt till den.", e);
        }
    }

    public String fileName() {
        return fileName;
    }

    public byte[] bytes() {
        return bytes.clone();
    }

    /** SHA-256 of the bytes, 64 lower-case hex digits. */
    public String checksum() {
        return checksum;
    }

    /** Sniffed from the content, not the name: exports are often misnamed. */
    public boolean isPdf() {
        int window = Math.min(bytes.length, PDF_HEADER_WINDOW);
        for (int i = 0; i + PDF_MAGIC.length <= window; i++) {
            if (Arrays.equals(bytes, i, i + PDF_MAGIC.length, PDF_MAGIC, 0, PDF_MAGIC.length)) {
                return true;
            }
        }
        return false;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
