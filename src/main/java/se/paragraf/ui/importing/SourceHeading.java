package se.paragraf.ui.importing;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.control.IndexRange;

/**
 * Where a paragraph starts in the source text: the line with its "§ N" heading ("§ 98 Svar på …",
 * "KS § 1   DNR:…"). A range "§§ 1-12" on the cover and a "§ 71" reference in running text are
 * passed over: a heading has its § near the start of the line.
 */
final class SourceHeading {
    /** "KS § 1", "Au § 12": a short board prefix may stand before the §. § 3 is not "§ 3 a". */
    private static final int HEADING_COLUMN = 12;

    private SourceHeading() {
    }

    /** The heading line's range in {@code text}, or empty when no line names that §. */
    static Optional<IndexRange> find(String text, String number) {
        if (number == null || number.isBlank()) {
            return Optional.empty();
        }
        String spaced = Arrays.stream(number.strip().split("\\s+")).map(Pattern::quote)
                .collect(Collectors.joining("\\s*"));
        Pattern paragraph = Pattern.compile("(?<!§)§\\s*" + spaced + "(?![\\p{L}\\d])(?!\\s*[-–]\\s*\\d)(?!\\s?[a-zåäö](?!\\p{L}))");
        IndexRange anywhere = null;
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            String line = text.substring(start, end);
            Matcher m = paragraph.matcher(line);
            if (m.find()) {
                int indent = line.length() - line.stripLeading().length();
                // The line's text only: the layout's indentation and a CR of Windows line ends are no heading.
                IndexRange heading = new IndexRange(start + indent, start + line.stripTrailing().length());
                if (m.start() - indent <= HEADING_COLUMN) {
                    return Optional.of(heading);
                }
                if (anywhere == null) {
                    anywhere = heading;
                }
            }
            start = end + 1;
        }
        return Optional.ofNullable(anywhere);
    }
}
