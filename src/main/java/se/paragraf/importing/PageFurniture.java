package se.paragraf.importing;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Finds page headers and footers: the signature boxes ("Justerandes sign", "Utdragsbestyrkande"),
 * "Sida x(y)", and the lines each page repeats around them (kommun, organ, date, page number).
 * A line counts as furniture when it is an anchor, or when its shape (digits folded) recurs and
 * nearly always sits within a few lines of an anchor; "Beslut:" recurs too, but in the body.
 */
final class PageFurniture {
    private static final Pattern ANCHOR_PHRASE = Pattern.compile(
            "(?iu)\\b(?:justerandes?|justerandens|ordförandens|sekreterarens|justerares)\\s+sign|utdragsbestyrkande");
    private static final Pattern ANCHOR_LINE = Pattern.compile(
            "(?iu)dokumentnamn\\b.{0,60}|datum\\s+dnr\\s+sida|(?:sida|sid\\.?)\\s*\\d{1,4}\\s*(?:\\(\\s*\\d{1,4}\\s*\\)|(?:av|/)\\s*\\d{1,4})?"
                    + "|\\d{1,4}\\s*\\(\\s*\\d{1,4}\\s*\\)|\\d{1,4}\\s+av\\s+\\d{1,4}|\f");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** Headers follow the footer box (Högsby) or precede the signature box (Västernorrland) by one line. */
    private static final int WINDOW_AFTER = 3;
    private static final int WINDOW_BEFORE = 1;
    private static final int MAX_LINE = 160;

    private PageFurniture() {
    }

    static boolean isAnchor(String line) {
        String t = line.strip();
        if (t.isEmpty() || t.length() > MAX_LINE) {
            return false;
        }
        return ANCHOR_LINE.matcher(t).matches() || ANCHOR_PHRASE.matcher(t).find();
    }

    /** Marks furniture lines; headings are never furniture, however often their shape recurs. */
    static boolean[] mark(List<String> lines) {
        int n = lines.size();
        boolean[] furniture = new boolean[n];
        boolean[] near = new boolean[n];
        int anchors = 0;
        for (int i = 0; i < n; i++) {
            if (isAnchor(lines.get(i))) {
                furniture[i] = true;
                anchors++;
                markNear(lines, near, i);
            }
        }
        if (anchors == 0) {
            return furniture;
        }
        Map<String, int[]> counts = new HashMap<>();
        String[] shapes = new String[n];
        for (int i = 0; i < n; i++) {
            String t = lines.get(i).strip();
            if (t.isEmpty() || t.length() > MAX_LINE || furniture[i]) {
                continue;
            }
            shapes[i] = shape(t);
            int[] c = counts.computeIfAbsent(shapes[i], k -> new int[2]);
            c[0]++;
            if (near[i]) {
                c[1]++;
            }
        }
        int min = anchors >= 6 ? 3 : 2;
        for (int i = 0; i < n; i++) {
            if (shapes[i] == null || !near[i] || isText(lines.get(i))) {
                continue;
            }
            int[] c = counts.get(shapes[i]);
            if (c[0] >= min && c[1] >= min && c[1] * 10 >= c[0] * 6) {
                furniture[i] = true;
            }
        }
        return furniture;
    }

    private static void markNear(List<String> lines, boolean[] near, int anchor) {
        int seen = 0;
        for (int j = anchor - 1; j >= 0 && seen < WINDOW_BEFORE; j--) {
            if (!lines.get(j).isBlank()) {
                near[j] = true;
                seen++;
            }
        }
        seen = 0;
        for (int j = anchor + 1; j < lines.size() && seen < WINDOW_AFTER; j++) {
            if (!lines.get(j).isBlank()) {
                near[j] = true;
                seen++;
            }
        }
    }

    /** A sentence, a clause, a label or a heading recurs in the body by nature, never as furniture. */
    private static boolean isText(String line) {
        String t = line.strip();
        return t.endsWith(".") || t.endsWith(":") || t.endsWith(";") || TitleReader.startsClause(t)
                || Label.match(t) != null || HeadingFinder.looksLikeHeading(t);
    }

    static String shape(String line) {
        String t = SPACES.matcher(line.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
        return DIGITS.matcher(t).replaceAll("9");
    }
}
