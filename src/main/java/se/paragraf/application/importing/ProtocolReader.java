package se.paragraf.application.importing;

/**
 * Reads the text of a protocol (from a PDF's text layer or a pasted text) into a
 * {@link ParsedProtocol}. Input that is no protocol at all throws {@link ImportException};
 * everything the reader is unsure of becomes a warning, so the secretary can check it.
 */
public interface ProtocolReader {
    ParsedProtocol read(String text);
}
