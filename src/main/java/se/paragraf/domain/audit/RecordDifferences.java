package se.paragraf.domain.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * What differs between a sealed canonical form and the one today's rows give, as Swedish lines
 * that name the place ("§ 98, beslut, block 1, att-sats 2, text: 'Karin Nyman' → 'Karin
 * Nymen'"). A § in a list is named by its number, a member by name.
 */
public final class RecordDifferences {
    private static final int MOST = 25;
    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("meeting", "sammanträdet"), Map.entry("board", "organet"), Map.entry("paragraphs", "paragrafer"),
            Map.entry("paragraph", "paragrafen"), Map.entry("title", "rubrik"), Map.entry("name", "namn"),
            Map.entry("attendance", "närvaro"), Map.entry("officers", "ordförande, sekreterare och justerare"),
            Map.entry("members", "ledamöter"), Map.entry("decision", "beslut"), Map.entry("blocks", "block"),
            Map.entry("clauses", "att-sats"), Map.entry("files", "bilagefiler (innehållets SHA-256)"),
            Map.entry("importSource", "importerad källa"), Map.entry("delegatedDecisions", "delegationsbeslut"),
            Map.entry("lifecycle", "protokollets väg"), Map.entry("sections", "avsnitt"),
            Map.entry("caseNumbers", "diarienummer"), Map.entry("recipients", "mottagare"),
            Map.entry("attachments", "bilagor"), Map.entry("agenda", "föredragningslista"),
            Map.entry("attendees", "deltagare"), Map.entry("signatures", "underskrifter"),
            Map.entry("immediateAdjustments", "omedelbart justerade paragrafer"), Map.entry("party", "parti"),
            Map.entry("correction", "rättelsen"), Map.entry("adjustedOn", "justerat"),
            Map.entry("postedOn", "anslaget"), Map.entry("takeDownOn", "tas ned"), Map.entry("keptAt", "förvaringsplats"),
            Map.entry("date", "datum"), Map.entry("place", "plats"), Map.entry("proceedings", "förhandlingar"));

    private RecordDifferences() {
    }

    /** Empty when the two trees are equal. */
    public static List<String> between(Object sealed, Object current) {
        List<String> lines = new ArrayList<>();
        compare("", sealed, current, lines);
        if (lines.size() > MOST) {
            int more = lines.size() - MOST;
            lines = new ArrayList<>(lines.subList(0, MOST));
            lines.add("… och " + more + " skillnader till.");
        }
        return lines;
    }

    private static void compare(String path, Object sealed, Object current, List<String> lines) {
        if (Objects.equals(sealed, current)) {
            return;
        }
        if (sealed instanceof Map<?, ?> a && current instanceof Map<?, ?> b) {
            TreeSet<String> keys = new TreeSet<>();
            a.keySet().forEach(k -> keys.add((String) k));
            b.keySet().forEach(k -> keys.add((String) k));
            for (String key : keys) {
                compare(join(path, WORDS.getOrDefault(key, key)), a.get(key), b.get(key), lines);
            }
        } else if (sealed instanceof List<?> a && current instanceof List<?> b) {
            for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
                Object x = i < a.size() ? a.get(i) : null;
                Object y = i < b.size() ? b.get(i) : null;
                compare(join(path, label(x != null ? x : y, i)), x, y, lines);
            }
        } else {
            lines.add((path.isEmpty() ? "innehållet" : path) + ": " + show(sealed) + " → " + show(current));
        }
    }

    /** "§ 98" for a §, the name for a member, else the position counted from 1. */
    private static String label(Object element, int index) {
        if (element instanceof Map<?, ?> map) {
            if (map.get("number") instanceof Map<?, ?> number && number.get("number") != null) {
                Object suffix = number.get("suffix");
                return "§ " + number.get("number") + (suffix == null ? "" : " " + suffix);
            }
            if (map.get("name") instanceof String name && map.get("id") != null) {
                return name;
            }
        }
        return "nr " + (index + 1);
    }

    private static String join(String path, String part) {
        return path.isEmpty() ? part : path + ", " + part;
    }

    private static String show(Object value) {
        if (value == null) {
            return "(saknas)";
        }
        if (value instanceof Map<?, ?> || value instanceof List<?>) {
            String json = Canonical.json(value);
            return json.length() > 80 ? json.substring(0, 77) + "…" : json;
        }
        String text = value.toString();
        return "'" + (text.length() > 80 ? text.substring(0, 77) + "…" : text) + "'";
    }
}
