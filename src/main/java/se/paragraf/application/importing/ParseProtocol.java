package se.paragraf.application.importing;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Use case: read a protocol file into a {@link ParsedProtocol} without touching the archive.
 * PDF or text is decided by the content, not the file name.
 */
public final class ParseProtocol {
    /** Text exported from older Windows systems is often in Windows-1252, not UTF-8. */
    private static final Charset LEGACY = Charset.forName("windows-1252");

    private final ProtocolReader reader;
    private final PdfText pdfText;

    public ParseProtocol(ProtocolReader reader, PdfText pdfText) {
        this.reader = reader;
        this.pdfText = pdfText;
    }

    public ParsedSource parse(ProtocolSource source) {
        String text = source.isPdf() ? pdfText.extract(source.bytes()) : decode(source.bytes());
        return new ParsedSource(source, text, reader.read(text));
    }

    static String decode(byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            text = new String(bytes, LEGACY);
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
