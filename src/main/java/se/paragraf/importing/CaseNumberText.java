package se.paragraf.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.paragraf.domain.matter.CaseNumber;

/**
 * Case numbers as written after a label or at the end of a heading line. Kept raw: formats such
 * as "KNSLI/20014197" are real diarienummer that {@link CaseNumber} cannot normalise.
 */
final class CaseNumberText {
    private static final Pattern SEPARATORS = Pattern.compile("\\s*[,;]\\s*|\\s+(?:och|samt|resp\\.?)\\s+|\\s{2,}");
    /** "… Budget 2025   Dnr KS 2024/12" or "(Dnr 25RS1523)" at the end of a heading line. */
    private static final Pattern LABELLED_TAIL = Pattern.compile(
            "(?iu)^(.*?)[\\s(]*\\b(?:diarienummer|diarienr|dnr)\\b\\.?\\s*:?\\s*([^()]{1,60}?)\\)?\\s*$");
    /** An unlabelled case number after a wide gap, as two-column headings are flattened. */
    private static final Pattern GAP_TAIL = Pattern.compile("^(.*?\\S)\\s{2,}(\\S(?:.{0,38}\\S)?)\\s*$");
    private static final Pattern COMPACT_TAIL = Pattern.compile(
            "^(.*?\\S)\\s+(\\d{2}[A-ZÅÄÖ]{1,8}\\d{1,6}|[A-ZÅÄÖ]{1,8}\\s?\\d{4}[/-]\\d{1,6})\\s*$");

    private CaseNumberText() {
    }

    /** Splits a label's value ("25RS1523, 25RS1524") into the written case numbers. */
    static List<String> split(String value) {
        List<String> out = new ArrayList<>();
        if (value == null) {
            return out;
        }
        for (String part : SEPARATORS.split(value.strip())) {
            String p = part.strip().replaceAll("^[(\\[]+|[)\\].,:;]+$", "").strip();
            if (!p.isEmpty() && p.length() <= 40 && p.chars().anyMatch(Character::isDigit)) {
                out.add(p);
            }
        }
        return out;
    }

    /** A line that is nothing but a case number, as some protocols print under the heading. */
    static boolean isBareCaseNumber(String line) {
        String t = line.strip();
        return t.length() <= 30 && t.chars().anyMatch(Character::isLetter) && CaseNumber.tryParse(t).isPresent();
    }

    /** Splits a heading's text into title and case numbers, when the case number is on the heading line. */
    static TitleAndCases fromHeadingRest(String rest) {
        if (rest.length() > 300) {
            return new TitleAndCases(rest.strip(), List.of());
        }
        Matcher m = LABELLED_TAIL.matcher(rest);
        if (m.matches()) {
            return new TitleAndCases(m.group(1).strip(), split(m.group(2)));
        }
        m = GAP_TAIL.matcher(rest);
        if (m.matches() && CaseNumber.tryParse(m.group(2)).isPresent()) {
            return new TitleAndCases(m.group(1).strip(), List.of(m.group(2).strip()));
        }
        m = COMPACT_TAIL.matcher(rest);
        if (m.matches() && CaseNumber.tryParse(m.group(2)).isPresent()) {
            return new TitleAndCases(m.group(1).strip(), List.of(m.group(2).strip()));
        }
        return new TitleAndCases(rest.strip(), List.of());
    }

    record TitleAndCases(String title, List<String> caseNumbers) {
    }
}
