package se.paragraf.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.paragraf.domain.paragraph.ParagraphNumber;
import se.paragraf.domain.shared.DomainException;

/**
 * Finds the paragraph headings of the meeting among every line that starts like one.
 * Quoted earlier decisions ("KS § 437 06-12-13"), references ("§ 82 beslutades …") and table
 * of contents entries also start with §; what tells them apart is the date after the number,
 * a lowercase continuation, another organ's prefix, dot leaders, and above all the sequence:
 * one protocol's § numbers increase, and a real heading has a body under it.
 */
final class HeadingFinder {
    record Heading(int line, String prefix, String number, ParagraphNumber value, String rest) {
    }

    private static final Pattern HEADING = Pattern.compile(
            "^(?:([A-ZÅÄÖ]{1,6})\\s{0,3})?§\\s{0,3}(\\d{1,4})(?:\\s{0,2}([a-zåäö])(?![\\p{L}\\d]))?(?!\\d)[.:]?(.*)$");
    private static final Pattern QUOTED_DATE = Pattern.compile(
            "^\\s*(?:\\d{2,4}-\\d{1,2}-\\d{1,2}|\\d{1,2}/\\d{1,2}|\\d{6}\\b|\\d{1,2}\\s+(?:jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec)).*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern DOT_LEADER = Pattern.compile(".*(?:\\.{4,}|…{2,}|_{4,})\\s*\\d{0,4}\\s*$");
    private static final Pattern TRAILING_PAGE = Pattern.compile(".*\\S\\s{3,}\\d{1,3}$");
    private static final int MAX_HEADING_LINE = 400;
    /** Beyond this many candidates the quadratic chain search is replaced by a greedy pass. */
    private static final int MAX_CANDIDATES = 3000;
    /** A real protocol does not skip more than this between two consecutive headings. */
    private static final int MAX_GAP = 60;

    private HeadingFinder() {
    }

    static boolean looksLikeHeading(String line) {
        String t = line.strip();
        return t.length() <= MAX_HEADING_LINE && t.indexOf('§') >= 0 && HEADING.matcher(t).matches();
    }

    static List<Heading> find(List<String> lines) {
        List<Heading> candidates = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Heading h = candidate(lines.get(i), i);
            if (h != null) {
                candidates.add(h);
                if (candidates.size() >= MAX_CANDIDATES) {
                    break;
                }
            }
        }
        candidates = withDominantPrefix(candidates);
        if (candidates.isEmpty()) {
            return List.of();
        }
        return bestChain(candidates, lines);
    }

    private static Heading candidate(String line, int index) {
        String t = line.strip();
        if (t.isEmpty() || t.length() > MAX_HEADING_LINE || t.indexOf('§') < 0) {
            return null;
        }
        Matcher m = HEADING.matcher(t);
        if (!m.matches()) {
            return null;
        }
        String rest = m.group(4);
        String trimmed = rest.strip();
        if (QUOTED_DATE.matcher(trimmed).matches() || DOT_LEADER.matcher(rest).matches()
                || TRAILING_PAGE.matcher(rest).matches()) {
            return null;
        }
        if (!trimmed.isEmpty()) {
            char first = trimmed.charAt(0);
            if (Character.isLowerCase(first) || ",;)§".indexOf(first) >= 0) {
                return null;
            }
        }
        String number = m.group(3) == null ? m.group(2) : m.group(2) + " " + m.group(3);
        ParagraphNumber value;
        try {
            value = ParagraphNumber.parse(number);
        } catch (DomainException e) {
            return null;
        }
        return new Heading(index, m.group(1), number, value, trimmed);
    }

    /** "KU § 317" in a KS protocol is another organ's decision, quoted. */
    private static List<Heading> withDominantPrefix(List<Heading> candidates) {
        Map<String, Integer> counts = new HashMap<>();
        for (Heading h : candidates) {
            counts.merge(h.prefix() == null ? "" : h.prefix(), 1, Integer::sum);
        }
        String dominant = counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("");
        if (dominant.isEmpty()) {
            return candidates;
        }
        return candidates.stream().filter(h -> dominant.equals(h.prefix())).toList();
    }

    /**
     * The increasing sequence of candidates with the most weight, where a candidate with
     * text under it weighs more than a table of contents line followed by the next entry.
     */
    private static List<Heading> bestChain(List<Heading> c, List<String> lines) {
        int n = c.size();
        int[] weight = new int[n];
        for (int i = 0; i < n; i++) {
            int end = i + 1 < n ? c.get(i + 1).line() : lines.size();
            int body = 0;
            for (int j = c.get(i).line() + 1; j < end && body < 3; j++) {
                if (!lines.get(j).isBlank()) {
                    body++;
                }
            }
            weight[i] = 1 + body;
        }
        long[] best = new long[n];
        int[] prev = new int[n];
        int top = -1;
        for (int i = 0; i < n; i++) {
            best[i] = weight[i];
            prev[i] = -1;
            ParagraphNumber vi = c.get(i).value();
            for (int j = 0; j < i; j++) {
                ParagraphNumber vj = c.get(j).value();
                if (vj.compareTo(vi) < 0 && vi.number() - vj.number() <= MAX_GAP && best[j] + weight[i] > best[i]) {
                    best[i] = best[j] + weight[i];
                    prev[i] = j;
                }
            }
            if (top < 0 || best[i] > best[top]) {
                top = i;
            }
        }
        List<Heading> chain = new ArrayList<>();
        for (int i = top; i >= 0; i = prev[i]) {
            chain.add(0, c.get(i));
        }
        return chain;
    }
}
