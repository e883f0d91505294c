package se.paragraf.application.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Real Swedish phrases from the seed protocols (public records of Region Västernorrland), in
 * sections: titles, subjects, clauses (att-satser without "att") and sentences.
 */
public final class Phrases {
    private static final String RESOURCE = "phrases-sv.txt";

    private final Map<String, List<String>> sections;

    private Phrases(Map<String, List<String>> sections) {
        this.sections = sections;
    }

    public static Phrases load() {
        Map<String, List<String>> sections = new HashMap<>();
        try (InputStream in = Phrases.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Resursen " + RESOURCE + " saknas i programmet.");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> current = null;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String t = line.strip();
                if (t.isEmpty() || t.startsWith("#")) {
                    continue;
                }
                if (t.startsWith("[") && t.endsWith("]")) {
                    current = sections.computeIfAbsent(t.substring(1, t.length() - 1), k -> new ArrayList<>());
                } else if (current != null) {
                    current.add(t);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Phrases(sections);
    }

    public List<String> titles() {
        return sections.getOrDefault("titles", List.of());
    }

    public List<String> subjects() {
        return sections.getOrDefault("subjects", List.of());
    }

    public List<String> clauses() {
        return sections.getOrDefault("clauses", List.of());
    }

    public List<String> sentences() {
        return sections.getOrDefault("sentences", List.of());
    }

    static String any(Random random, List<String> list) {
        return list.get(random.nextInt(list.size()));
    }
}
