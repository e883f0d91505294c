package se.paragraf.application.document;

import java.util.List;

/**
 * How the minutes are to be printed: the public version for the web (confidential §§ reduced to
 * title and OSL reference, personnummer masked), the anslag once it is posted, and who signs.
 */
public record MinutesOptions(boolean publicVersion, PublicNotice notice, List<Signer> signers) {
    public static final MinutesOptions FULL = new MinutesOptions(false, null, List.of());
    public static final MinutesOptions PUBLIC = new MinutesOptions(true, null, List.of());

    public MinutesOptions {
        signers = List.copyOf(signers);
    }

    public MinutesOptions signedBy(List<Signer> newSigners) {
        return new MinutesOptions(publicVersion, notice, newSigners);
    }

    public MinutesOptions posted(PublicNotice newNotice) {
        return new MinutesOptions(publicVersion, newNotice, signers);
    }
}
