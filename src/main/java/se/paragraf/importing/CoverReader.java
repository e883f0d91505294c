package se.paragraf.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.paragraf.application.importing.ParsedAttendance;
import se.paragraf.application.importing.ParsedAttendee;
import se.paragraf.domain.matter.CaseNumber;

/**
 * Reads the cover page (a two-column form, flattened to lines: label at the left, values at
 * the right and on the indented lines below) and the page headers for board, date and the
 * protocol's own dnr, and the signature block at the end.
 */
final class CoverReader {
    record Cover(String organization, String board, LocalDate date, String placeAndTime, String minutesCaseNumber,
                 ParsedAttendance attendance, List<String> adjusters, String secretary, List<String> signatories) {
    }

    private static final Pattern FIELD = Pattern.compile("(?iu)^(plats och tid|sammanträdesdatum|sammanträdesdag|mötesdatum"
            + "|datum|beslutande ledamöter|beslutande|ledamöter|närvarande ledamöter|tjänstgörande ersättare"
            + "|ej beslutande|ej tjänstgörande ersättare|närvarande ersättare|ersättare|övriga deltagande|övriga närvarande"
            + "|övriga|tjänstemän|närvarande tjänstemän|utses att justera|justerare|justeringens plats och tid|justering"
            + "|sekreterare|ordförande|justerande|underskrifter|paragrafer|nämnd\\s*/\\s*styrelse|organ|nämnd|dnr|diarienummer)"
            + "\\b\\s*:?\\s*(.*)$");
    private static final Pattern ISO_DATE = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    private static final Pattern SWEDISH_DATE = Pattern.compile("(?iu)\\b(\\d{1,2})\\s+(januari|februari|mars|april|maj|juni"
            + "|juli|augusti|september|oktober|november|december)\\s+(\\d{4})\\b");
    private static final List<String> MONTHS = List.of("januari", "februari", "mars", "april", "maj", "juni", "juli",
            "augusti", "september", "oktober", "november", "december");
    private static final Pattern BOARD = Pattern.compile(
            "(?iu)^[\\p{L} -]{0,40}(?:styrelsen?|nämnden?|utskottet|fullmäktige|beredningen|direktionen)$");
    private static final Pattern ORGANIZATION = Pattern.compile(
            "(?iu)^(?:(\\p{L}[\\p{L}-]+\\s+kommun)|(region\\s+\\p{Lu}\\p{L}+))\\b");
    private static final Pattern ATTENDEE = Pattern.compile("^(.{1,80}?)\\s*\\(([^()]{1,15})\\)\\s*,?\\s*(.{0,80})$");
    private static final Pattern NAME_SPLIT = Pattern.compile("\\s*,\\s*|\\s+och\\s+|\\s{2,}");
    private static final Pattern DOTS = Pattern.compile("^[.…_\\s]*$");
    private static final Pattern APPOINTED = Pattern.compile(
            "(?iu)\\butse\\s+(.{3,120}?)\\s+att\\s+(?:jämte\\s+ordföranden\\s+)?justera\\b");
    private static final Pattern SIGNATURE_START = Pattern.compile("(?iu)^(vid protokollet|justeras|justerat|underskrifter)\\s*:?$");

    private CoverReader() {
    }

    /**
     * @param raw        all lines as read, with their indentation
     * @param furniture  which of them are page headers and footers
     * @param coverEnd   the raw line where the first paragraph starts
     */
    static Cover read(List<String> raw, boolean[] furniture, int coverEnd, List<String> body, String firstParagraphText) {
        Map<String, List<String>> fields = fields(raw.subList(0, Math.max(0, Math.min(coverEnd, raw.size()))));
        String organization = null;
        for (int i = 0; i < Math.min(raw.size(), coverEnd + 40) && organization == null; i++) {
            Matcher m = ORGANIZATION.matcher(raw.get(i).strip());
            if (m.find()) {
                organization = m.group(1) != null
                        ? capitalise(m.group(1).toLowerCase(Locale.ROOT))
                        : "Region " + capitalise(m.group(2).substring(7).strip().toLowerCase(Locale.ROOT));
            }
        }
        String board = first(fields, "nämnd / styrelse", "nämnd/styrelse", "organ", "nämnd");
        if (board == null) {
            board = mostFrequentBoard(raw, furniture, coverEnd);
        }
        LocalDate date = date(first(fields, "sammanträdesdatum", "sammanträdesdag", "mötesdatum", "datum"));
        String placeAndTime = joined(fields.get("plats och tid"));
        if (date == null) {
            date = furnitureDate(raw, furniture);
        }
        if (date == null && placeAndTime != null) {
            date = date(placeAndTime);
        }
        String minutesDnr = first(fields, "dnr", "diarienummer");
        if (minutesDnr == null) {
            minutesDnr = furnitureCaseNumber(raw, furniture);
        }
        ParsedAttendance attendance = new ParsedAttendance(
                attendees(fields, "beslutande", "beslutande ledamöter", "ledamöter", "närvarande ledamöter",
                        "tjänstgörande ersättare"),
                attendees(fields, "ej beslutande", "ej tjänstgörande ersättare", "närvarande ersättare", "ersättare"),
                names(fields, "övriga deltagande", "övriga närvarande", "övriga", "tjänstemän", "närvarande tjänstemän"));
        List<String> adjusters = names(fields, "utses att justera", "justerare");
        String secretary = first(fields, "sekreterare");
        List<String> signatories = signatories(body);
        if (secretary == null) {
            secretary = secretaryUnderSignatures(fields.getOrDefault("underskrifter", List.of()));
        }
        if (secretary == null) {
            secretary = secretaryFromSignature(body);
        }
        if (adjusters.isEmpty() && firstParagraphText != null) {
            Matcher m = APPOINTED.matcher(firstParagraphText);
            if (m.find()) {
                adjusters = splitNames(m.group(1));
            }
        }
        return new Cover(organization, board, date, placeAndTime, minutesDnr, attendance, adjusters, secretary, signatories);
    }

    /** Label → values: the label's own line and the indented or unlabelled lines under it, until a blank line. */
    private static Map<String, List<String>> fields(List<String> cover) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        List<String> current = null;
        for (String line : cover) {
            String t = line.strip();
            if (t.isEmpty() || t.equals(InputText.PAGE_BREAK)) {
                current = null;
                continue;
            }
            Matcher m = FIELD.matcher(t);
            if (m.matches() && (line.length() - t.length() < 8 || current == null)) {
                String key = m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
                current = fields.computeIfAbsent(key, k -> new ArrayList<>());
                addValue(current, m.group(2));
            } else if (current != null) {
                addValue(current, t);
            }
        }
        return fields;
    }

    private static void addValue(List<String> values, String value) {
        String v = value == null ? "" : value.strip();
        // The right column of a flattened form ("Paragrafer 1-12") is not part of the value.
        v = v.split("\\s{3,}")[0].strip();
        if (!v.isEmpty() && !DOTS.matcher(v).matches()) {
            values.add(v.replaceAll("^[.…_]+\\s*", "").strip());
        }
    }

    private static String first(Map<String, List<String>> fields, String... keys) {
        for (String k : keys) {
            List<String> v = fields.get(k);
            if (v != null && !v.isEmpty()) {
                return v.get(0);
            }
        }
        return null;
    }

    private static String joined(List<String> values) {
        return values == null || values.isEmpty() ? null : String.join(" ", values);
    }

    private static List<ParsedAttendee> attendees(Map<String, List<String>> fields, String... keys) {
        List<ParsedAttendee> out = new ArrayList<>();
        for (String k : keys) {
            for (String v : fields.getOrDefault(k, List.of())) {
                Matcher m = ATTENDEE.matcher(v);
                if (m.matches()) {
                    String role = m.group(3).strip();
                    out.add(new ParsedAttendee(m.group(1).strip(), m.group(2).strip(), role.isEmpty() ? null : role));
                } else {
                    int comma = v.indexOf(',');
                    out.add(comma > 0 ? new ParsedAttendee(v.substring(0, comma).strip(), null, v.substring(comma + 1).strip())
                            : new ParsedAttendee(v, null, null));
                }
            }
        }
        return out;
    }

    private static List<String> names(Map<String, List<String>> fields, String... keys) {
        List<String> out = new ArrayList<>();
        for (String k : keys) {
            for (String v : fields.getOrDefault(k, List.of())) {
                out.addAll(k.contains("justera") ? splitNames(v) : List.of(v));
            }
        }
        return out;
    }

    private static List<String> splitNames(String text) {
        List<String> out = new ArrayList<>();
        for (String p : NAME_SPLIT.split(text.strip())) {
            String n = p.strip().replaceAll("[.,]+$", "");
            if (!n.isEmpty()) {
                out.add(n);
            }
        }
        return out;
    }

    private static String mostFrequentBoard(List<String> raw, boolean[] furniture, int coverEnd) {
        Map<String, Integer> counts = new HashMap<>();
        String best = null;
        for (int i = 0; i < raw.size(); i++) {
            if (!(furniture[i] || i < coverEnd)) {
                continue;
            }
            String t = raw.get(i).strip().split("\\s{3,}")[0];
            if (t.length() > 3 && BOARD.matcher(t).matches()) {
                String name = capitalise(t.toLowerCase(Locale.ROOT));
                int c = counts.merge(name, 1, Integer::sum);
                if (best == null || c > counts.get(best)) {
                    best = name;
                }
            }
        }
        return best;
    }

    private static LocalDate furnitureDate(List<String> raw, boolean[] furniture) {
        Map<LocalDate, Integer> counts = new HashMap<>();
        LocalDate best = null;
        for (int i = 0; i < raw.size(); i++) {
            if (furniture[i]) {
                LocalDate d = date(raw.get(i));
                if (d != null) {
                    int c = counts.merge(d, 1, Integer::sum);
                    if (best == null || c > counts.get(best)) {
                        best = d;
                    }
                }
            }
        }
        return best;
    }

    /** Region headers print "2025-05-20 25RS1 9": date, the protocol's dnr, page. */
    private static String furnitureCaseNumber(List<String> raw, boolean[] furniture) {
        for (int i = 0; i < raw.size(); i++) {
            if (furniture[i] && ISO_DATE.matcher(raw.get(i)).find()) {
                for (String token : raw.get(i).strip().split("\\s+")) {
                    if (!ISO_DATE.matcher(token).find() && token.chars().anyMatch(Character::isLetter)
                            && CaseNumber.tryParse(token).isPresent()) {
                        return token;
                    }
                }
            }
        }
        return null;
    }

    static LocalDate date(String text) {
        if (text == null) {
            return null;
        }
        try {
            Matcher m = ISO_DATE.matcher(text);
            if (m.find()) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            }
            m = SWEDISH_DATE.matcher(text);
            if (m.find()) {
                return LocalDate.of(Integer.parseInt(m.group(3)), MONTHS.indexOf(m.group(2).toLowerCase(Locale.ROOT)) + 1,
                        Integer.parseInt(m.group(1)));
            }
        } catch (java.time.DateTimeException e) {
            return null;
        }
        return null;
    }

    private static List<String> signatories(List<String> body) {
        int start = signatureStart(body);
        List<String> out = new ArrayList<>();
        if (start < 0) {
            return out;
        }
        boolean afterJusteras = false;
        for (int i = start; i < body.size() && out.size() < 6; i++) {
            String t = body.get(i).strip();
            if (t.isEmpty()) {
                continue;
            }
            if (SIGNATURE_START.matcher(t).matches()) {
                afterJusteras = !t.toLowerCase(Locale.ROOT).startsWith("vid");
                continue;
            }
            if (afterJusteras && looksLikeName(t)) {
                out.add(t);
            }
        }
        return out;
    }

    /** The form "Underskrifter  Sekreterare ……" with the name printed under the dotted line. */
    private static String secretaryUnderSignatures(List<String> values) {
        for (int i = 0; i + 1 < values.size(); i++) {
            if (values.get(i).equalsIgnoreCase("sekreterare") && looksLikeName(values.get(i + 1))) {
                return values.get(i + 1);
            }
        }
        return null;
    }

    private static String secretaryFromSignature(List<String> body) {
        for (int i = 0; i < body.size(); i++) {
            if (body.get(i).strip().equalsIgnoreCase("vid protokollet")) {
                for (int j = i + 1; j < body.size() && j < i + 8; j++) {
                    String t = body.get(j).strip();
                    if (!t.isEmpty()) {
                        return looksLikeName(t) ? t : null;
                    }
                }
            }
        }
        return null;
    }

    /** The signature block after the last paragraph: "Vid protokollet", "Justeras", "Underskrifter". */
    static int signatureStart(List<String> body) {
        int last = -1;
        for (int i = body.size() - 1; i >= 0 && i >= body.size() - 200; i--) {
            if (SIGNATURE_START.matcher(body.get(i).strip()).matches()) {
                last = i;
                break;
            }
        }
        if (last < 0) {
            return -1;
        }
        int first = last;
        for (int j = last - 1; j >= 0 && j >= last - 30; j--) {
            if (SIGNATURE_START.matcher(body.get(j).strip()).matches()) {
                first = j;
            }
        }
        return first;
    }

    private static boolean looksLikeName(String t) {
        return t.length() <= 60 && t.matches("(?U)\\p{Lu}[\\p{L}.'-]*(?:\\s+\\p{Lu}[\\p{L}.'-]*){1,4}");
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
