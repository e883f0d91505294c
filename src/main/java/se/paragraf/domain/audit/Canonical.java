package se.paragraf.domain.audit;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The canonical form of a sealed record (ADR 0018): any tree of domain records, lists, maps and
 * values written as one deterministic JSON text, so that the same content always gives the same
 * bytes and the same SHA-256, on any database and in any later version.
 *
 * <p>The rules: a record is an object of its components by name; map keys are sorted; a list
 * keeps its order and a set is sorted; dates and times are ISO text, enums their name, numbers
 * integers or plain decimal text, bytes their SHA-256. What is absent — null, an empty text or
 * collection, false, an empty Optional — is left out, so that a component added later with an
 * empty default leaves every earlier record's form unchanged. A component marked
 * {@link se.paragraf.domain.shared.Bookkeeping} (an optimistic version) is not content and is left
 * out too. A type with no rule is refused, so
 * nothing is ever sealed as an unstable {@code toString}.
 */
public final class Canonical {
    private Canonical() {
    }

    /** The canonical JSON text of {@code value}. */
    public static String json(Object value) {
        StringBuilder out = new StringBuilder();
        write(tree(value), out);
        return out.toString();
    }

    /** The SHA-256 of the canonical JSON text. */
    public static String sha256(Object value) {
        return AuditEntry.sha256(json(value));
    }

    /**
     * The value as a plain tree: {@code TreeMap<String, Object>}, {@code List<Object>}, String,
     * Long, Boolean (true only) or null for what is absent.
     */
    public static Object tree(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof String s) {
            return s.isEmpty() ? null : s;
        }
        if (value instanceof Boolean b) {
            return b ? Boolean.TRUE : null;
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof BigDecimal d) {
            return d.stripTrailingZeros().toPlainString();
        }
        if (value instanceof Double || value instanceof Float) {
            return BigDecimal.valueOf(((Number) value).doubleValue()).stripTrailingZeros().toPlainString();
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof TemporalAccessor || value instanceof java.time.Duration) {
            return value.toString();
        }
        if (value instanceof byte[] bytes) {
            return AuditEntry.sha256(bytes);
        }
        if (value instanceof Optional<?> o) {
            return tree(o.orElse(null));
        }
        if (value instanceof Map<?, ?> map) {
            TreeMap<String, Object> object = new TreeMap<>();
            map.forEach((k, v) -> put(object, key(k), tree(v)));
            return object.isEmpty() ? null : object;
        }
        if (value instanceof Set<?> set) {
            List<Object> items = new ArrayList<>();
            set.forEach(item -> items.add(tree(item)));
            items.sort((a, b) -> jsonOfTree(a).compareTo(jsonOfTree(b)));
            return items.isEmpty() ? null : items;
        }
        if (value instanceof Collection<?> list) {
            List<Object> items = new ArrayList<>(list.size());
            list.forEach(item -> items.add(tree(item)));
            return items.isEmpty() ? null : items;
        }
        if (value.getClass().isRecord()) {
            TreeMap<String, Object> object = new TreeMap<>();
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                if (component.isAnnotationPresent(se.paragraf.domain.shared.Bookkeeping.class)) {
                    continue;
                }
                put(object, component.getName(), tree(read(component, value)));
            }
            return object.isEmpty() ? null : object;
        }
        throw new IllegalArgumentException("Den kanoniska formen saknar regel för " + value.getClass().getName());
    }

    private static void put(Map<String, Object> object, String key, Object value) {
        if (value != null) {
            object.put(key, value);
        }
    }

    private static String key(Object key) {
        Object tree = tree(key);
        return tree instanceof String s ? s : tree instanceof Long n ? n.toString() : jsonOfTree(tree);
    }

    private static Object read(RecordComponent component, Object record) {
        try {
            var accessor = component.getAccessor();
            accessor.setAccessible(true);
            return accessor.invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Kunde inte läsa " + component.getName() + " i " + record.getClass(), e);
        }
    }

    private static String jsonOfTree(Object tree) {
        StringBuilder out = new StringBuilder();
        write(tree, out);
        return out.toString();
    }

    private static void write(Object tree, StringBuilder out) {
        if (tree == null) {
            out.append("null");
        } else if (tree instanceof String s) {
            writeString(s, out);
        } else if (tree instanceof Long || tree instanceof Boolean) {
            out.append(tree);
        } else if (tree instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                writeString((String) e.getKey(), out);
                out.append(':');
                write(e.getValue(), out);
            }
            out.append('}');
        } else if (tree instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                write(list.get(i), out);
            }
            out.append(']');
        } else {
            throw new IllegalArgumentException("Inte ett kanoniskt träd: " + tree.getClass().getName());
        }
    }

    private static void writeString(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    /** Reads a canonical JSON text back into its tree (to say what differs from today's rows). */
    public static Object parse(String json) {
        Parser parser = new Parser(json);
        Object value = parser.value();
        parser.skipSpace();
        if (parser.at < json.length()) {
            throw new IllegalArgumentException("Text efter slutet av den kanoniska formen, tecken " + parser.at);
        }
        return value;
    }

    private static final class Parser {
        private final String text;
        private int at;

        Parser(String text) {
            this.text = text;
        }

        void skipSpace() {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
        }

        Object value() {
            skipSpace();
            if (at >= text.length()) {
                throw error("värde saknas");
            }
            char c = text.charAt(at);
            switch (c) {
                case '{' -> {
                    at++;
                    TreeMap<String, Object> object = new TreeMap<>();
                    skipSpace();
                    if (peek('}')) {
                        return object;
                    }
                    do {
                        skipSpace();
                        String key = string();
                        skipSpace();
                        expect(':');
                        object.put(key, value());
                        skipSpace();
                    } while (peek(','));
                    expect('}');
                    return object;
                }
                case '[' -> {
                    at++;
                    List<Object> list = new ArrayList<>();
                    skipSpace();
                    if (peek(']')) {
                        return list;
                    }
                    do {
                        list.add(value());
                        skipSpace();
                    } while (peek(','));
                    expect(']');
                    return list;
                }
                case '"' -> {
                    return string();
                }
                default -> {
                    return literal();
                }
            }
        }

        private Object literal() {
            int start = at;
            while (at < text.length() && "{}[],:\" \n\r\t".indexOf(text.charAt(at)) < 0) {
                at++;
            }
            String word = text.substring(start, at);
            return switch (word) {
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                case "null" -> null;
                default -> {
                    try {
                        yield Long.parseLong(word);
                    } catch (NumberFormatException e) {
                        throw error("okänt värde '" + word + "'");
                    }
                }
            };
        }

        private String string() {
            expect('"');
            StringBuilder s = new StringBuilder();
            while (true) {
                if (at >= text.length()) {
                    throw error("texten tar aldrig slut");
                }
                char c = text.charAt(at++);
                if (c == '"') {
                    return s.toString();
                }
                if (c != '\\') {
                    s.append(c);
                    continue;
                }
                char e = text.charAt(at++);
                switch (e) {
                    case 'n' -> s.append('\n');
                    case 'r' -> s.append('\r');
                    case 't' -> s.append('\t');
                    case 'u' -> {
                        s.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                        at += 4;
                    }
                    default -> s.append(e);
                }
            }
        }

        private boolean peek(char c) {
            if (at < text.length() && text.charAt(at) == c) {
                at++;
                return true;
            }
            return false;
        }

        private void expect(char c) {
            if (!peek(c)) {
                throw error("'" + c + "' väntades");
            }
        }

        private IllegalArgumentException error(String what) {
            return new IllegalArgumentException("Den kanoniska formen går inte att läsa vid tecken " + at + ": " + what);
        }
    }
}
