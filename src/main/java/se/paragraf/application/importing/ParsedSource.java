package se.paragraf.application.importing;

import se.paragraf.domain.shared.Require;

/**
 * A source file with the text read from it and the protocol parsed from that text. The import
 * wizard replaces the protocol with the secretary's corrected one before saving.
 */
public record ParsedSource(ProtocolSource source, String text, ParsedProtocol protocol) {
    public ParsedSource {
        Require.present(source, "Källfil");
        Require.present(text, "Källtext");
        Require.present(protocol, "Protokoll");
    }

    public ParsedSource withProtocol(ParsedProtocol corrected) {
        return new ParsedSource(source, text, corrected);
    }
}
