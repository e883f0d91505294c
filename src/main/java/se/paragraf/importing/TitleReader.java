package se.paragraf.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a paragraph's title: the text after the number, continued over the next lines while
 * they plainly belong to it (the line broke mid-phrase, the next starts in lowercase, or the
 * case number label follows right after), or the first line under a heading that carries only
 * the number and the case number (Högsby: "KS § 3 a   DNR:KF/2006.203", title below).
 */
final class TitleReader {
    record Title(String text, List<String> caseNumbers, int bodyStart, boolean guessed) {
    }

    /** Words a title line does not end on unless it continues on the next line. */
    private static final Set<String> OPEN_ENDINGS = Set.of("och", "av", "för", "i", "till", "om", "med", "på", "inom",
            "från", "vid", "över", "samt", "eller", "mellan", "mot", "efter", "under", "enligt", "som", "de", "den",
            "det", "en", "ett", "att", "ur", "utan", "hos", "kring", "gällande", "avseende", "rörande", "angående",
            "beslutad", "inför", "–", "-", "—");
    private static final Pattern WORD_SPLIT = Pattern.compile("\\s+");
    private static final int MAX_TITLE = 400;
    private static final int MAX_LINES = 4;

    private TitleReader() {
    }

    static Title read(List<String> lines, HeadingFinder.Heading heading, int end) {
        CaseNumberText.TitleAndCases head = CaseNumberText.fromHeadingRest(heading.rest());
        List<String> parts = new ArrayList<>();
        int i = heading.line() + 1;
        if (!head.title().isEmpty()) {
            parts.add(head.title());
            i = continueTitle(lines, parts, i, end);
            return new Title(join(parts), head.caseNumbers(), i, false);
        }
        List<String> cases = new ArrayList<>(head.caseNumbers());
        // Only the number on the heading line: the title is the first block below it.
        while (i < end && (lines.get(i).isBlank() || isCaseLine(lines.get(i), cases))) {
            i++;
        }
        if (i >= end || Label.match(lines.get(i)) != null || startsClause(lines.get(i))) {
            return new Title("", cases, i, true);
        }
        int start = i;
        while (i < end && !lines.get(i).isBlank() && i - start < MAX_LINES && Label.match(lines.get(i)) == null) {
            parts.add(lines.get(i));
            i++;
        }
        String text = join(parts);
        boolean guessed = text.length() > 200 || text.endsWith(".") && text.length() > 80;
        return new Title(text, cases, i, guessed);
    }

    private static boolean isCaseLine(String line, List<String> cases) {
        Label.Match m = Label.match(line);
        if (m != null && m.label() == Label.CASE_NUMBER) {
            cases.addAll(CaseNumberText.split(m.value()));
            return true;
        }
        return false;
    }

    private static int continueTitle(List<String> lines, List<String> parts, int i, int end) {
        int labelAt = caseLabelAhead(lines, i, end);
        while (i < end && parts.size() < MAX_LINES + 2 && join(parts).length() < MAX_TITLE) {
            String line = lines.get(i);
            if (line.isBlank()) {
                int next = i + 1;
                if (next < end && !lines.get(next).isBlank() && (next < labelAt || continues(parts, lines.get(next)))
                        && mayContinue(lines.get(next))) {
                    i = next;
                    continue;
                }
                return i;
            }
            if (!mayContinue(line)) {
                return i;
            }
            if (i < labelAt || continues(parts, line)) {
                parts.add(line);
                i++;
            } else {
                return i;
            }
        }
        return i;
    }

    /** The index of a case number or officer label within the next few lines, when nothing else comes first. */
    private static int caseLabelAhead(List<String> lines, int from, int end) {
        int seen = 0;
        for (int j = from; j < end && seen < MAX_LINES; j++) {
            String line = lines.get(j);
            if (line.isBlank()) {
                continue;
            }
            Label.Match m = Label.match(line);
            if (m != null) {
                return m.label() == Label.CASE_NUMBER || m.label() == Label.OFFICER ? j : -1;
            }
            if (!mayContinue(line) || line.length() > 120 || line.endsWith(".")) {
                return -1;
            }
            seen++;
        }
        return -1;
    }

    private static boolean mayContinue(String line) {
        return Label.match(line) == null && !startsClause(line) && !line.toLowerCase(Locale.ROOT).contains("beslutar")
                && !HeadingFinder.looksLikeHeading(line) && line.length() <= 160;
    }

    private static boolean continues(List<String> parts, String next) {
        String last = parts.get(parts.size() - 1).strip();
        if (last.isEmpty()) {
            return false;
        }
        char first = next.strip().charAt(0);
        if (Character.isLowerCase(first) || first == '(' || first == '”' || first == '"') {
            return true;
        }
        if (unbalanced(join(parts))) {
            return true;
        }
        char lastChar = last.charAt(last.length() - 1);
        if (lastChar == ',' || lastChar == ';' || lastChar == '-' || lastChar == '–') {
            return true;
        }
        String[] words = WORD_SPLIT.split(last);
        return OPEN_ENDINGS.contains(words[words.length - 1].toLowerCase(Locale.ROOT));
    }

    private static boolean unbalanced(String s) {
        int quotes = 0;
        int open = 0;
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == '”' || c == '"') {
                quotes++;
            } else if (c == '(') {
                open++;
            } else if (c == ')') {
                open--;
            }
        }
        return quotes % 2 == 1 || open > 0;
    }

    static boolean startsClause(String line) {
        String t = line.strip();
        return t.length() >= 4 && (t.startsWith("att ") || t.startsWith("Att "));
    }

    /** Joins wrapped lines; a word broken with a hyphen at the line end is joined back together. */
    static String join(List<String> parts) {
        StringBuilder sb = new StringBuilder();
        for (String p : parts) {
            String t = p.strip();
            if (t.isEmpty()) {
                continue;
            }
            int len = sb.length();
            if (len > 1 && sb.charAt(len - 1) == '-' && Character.isLetter(sb.charAt(len - 2))
                    && Character.isLowerCase(t.charAt(0)) && !t.startsWith("och ") && !t.startsWith("eller ")) {
                sb.setLength(len - 1);
            } else if (len > 0) {
                sb.append(' ');
            }
            sb.append(t);
        }
        return WORD_SPLIT.matcher(sb.toString()).replaceAll(" ").strip();
    }
}
