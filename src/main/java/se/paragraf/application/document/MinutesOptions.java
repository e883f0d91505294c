package se.paragraf.application.document;

import java.util.List;

/**
 * How the minutes are to be printed: the public version for the web (confidential §§ reduced to
 * title and OSL reference, personnummer masked) and who signs. The anslag is never an option: the
 * minutes print the recorded one ({@link se.paragraf.domain.adjustment.NoticeFacts}).
 */
public record MinutesOptions(boolean publicVersion, List<Signer> signers) {
    public static final MinutesOptions FULL = new MinutesOptions(false, List.of());
    public static final MinutesOptions PUBLIC = new MinutesOptions(true, List.of());

    public MinutesOptions {
        signers = List.copyOf(signers);
    }

    public MinutesOptions signedBy(List<Signer> newSigners) {
        return new MinutesOptions(publicVersion, newSigners);
    }
}
