package se.paragraf.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The body text without page furniture: headers, footers, signature boxes and footnotes are
 * dropped, runs of blank lines become one (a page break must not look like a new section).
 */
final class LineCleaner {
    /** A footnote starts with a superscript number; in the running text the mark is just dropped. */
    private static final Pattern FOOTNOTE = Pattern.compile("^[¹²³⁴⁵⁶⁷⁸⁹⁰]+\\s*\\S.*");
    private static final Pattern SUPERSCRIPT = Pattern.compile("[¹²³⁴⁵⁶⁷⁸⁹⁰]+");

    private LineCleaner() {
    }

    /** The cleaned lines and, for each, the index of the raw line it came from. */
    record Cleaned(List<String> lines, List<Integer> rawIndex) {
    }

    static Cleaned clean(List<String> raw, boolean[] furniture) {
        List<String> out = new ArrayList<>(raw.size());
        List<Integer> index = new ArrayList<>(raw.size());
        boolean lastBlank = true;
        boolean pageBroke = false;
        for (int i = 0; i < raw.size(); i++) {
            String t = raw.get(i).strip();
            if (furniture[i] || FOOTNOTE.matcher(t).matches()) {
                pageBroke = true;
                continue;
            }
            if (t.indexOf('¹') >= 0 || t.indexOf('²') >= 0 || t.indexOf('³') >= 0 || hasSuperscript(t)) {
                t = SUPERSCRIPT.matcher(t).replaceAll("");
            }
            if (t.isEmpty()) {
                if (!lastBlank) {
                    out.add("");
                    index.add(i);
                }
                lastBlank = true;
            } else {
                if (pageBroke && lastBlank && continuesSentence(out, t)) {
                    // A sentence running over a page break stays one paragraph.
                    out.remove(out.size() - 1);
                    index.remove(index.size() - 1);
                }
                pageBroke = false;
                out.add(t);
                index.add(i);
                lastBlank = false;
            }
        }
        return new Cleaned(out, index);
    }

    private static boolean continuesSentence(List<String> out, String next) {
        if (out.size() < 2 || !out.get(out.size() - 1).isEmpty() || !Character.isLowerCase(next.charAt(0))) {
            return false;
        }
        String before = out.get(out.size() - 2);
        char last = before.charAt(before.length() - 1);
        return ".:;!?".indexOf(last) < 0;
    }

    private static boolean hasSuperscript(String t) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c >= '\u2070' && c <= '\u2079') {
                return true;
            }
        }
        return false;
    }
}
