package se.paragraf.application.audit;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a protocol file carries in its XMP metadata (ADR 0018): the meeting, the SHA-256 of the
 * protocol's printed content ({@link ProtocolContent#printed}) when it was written, the seal of the
 * meeting's newest sealed record then (or none before justering) and the meeting's audit head. A
 * printed or archived PDF so anchors the record and the trail outside the database, and
 * registering or signing can tell this meeting's protocol from any other file.
 */
public record SealStamp(long meeting, String content, String seal, String auditHead) {
    private static final Pattern TEXT = Pattern.compile(
            "paragraf-försegling/1 sammanträde=(\\d+) innehåll=([0-9a-f]{64}) post=([0-9a-f]{64}|-) logg=([0-9a-f]{64})");

    /** The stamp as one line of text, as it stands in the metadata. */
    public String text() {
        return "paragraf-försegling/1 sammanträde=" + meeting + " innehåll=" + content + " post="
                + (seal == null ? "-" : seal) + " logg=" + auditHead;
    }

    /** The stamp found in {@code metadata}, if any. */
    public static Optional<SealStamp> find(String metadata) {
        Matcher m = TEXT.matcher(metadata);
        if (!m.find()) {
            return Optional.empty();
        }
        return Optional.of(new SealStamp(Long.parseLong(m.group(1)), m.group(2),
                m.group(3).equals("-") ? null : m.group(3), m.group(4)));
    }
}
