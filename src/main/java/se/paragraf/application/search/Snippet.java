package se.paragraf.application.search;

import java.util.ArrayList;
import java.util.List;

/** Splits a snippet (for the hit list and the PDF) at the index's « » marks into plain and highlighted runs; the marks themselves go. */
public final class Snippet {
    private Snippet() {
    }

    public record Part(String text, boolean highlighted) {
    }

    public static List<Part> parse(String snippet) {
        List<Part> parts = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        boolean highlighted = false;
        for (int i = 0; i < snippet.length(); ) {
            int start = snippet.indexOf(SearchHit.MARK_START, i);
            int end = snippet.indexOf(SearchHit.MARK_END, i);
            int next = highlighted ? end : start;
            if (next < 0) {
                run.append(snippet, i, snippet.length());
                break;
            }
            run.append(snippet, i, next);
            flush(parts, run, highlighted);
            highlighted = !highlighted;
            i = next + 1;
        }
        flush(parts, run, highlighted);
        // A stray end mark with no start (a snippet cut in the middle) must not show either.
        return parts.stream().map(p -> new Part(p.text().replace(SearchHit.MARK_END, "")
                .replace(SearchHit.MARK_START, ""), p.highlighted())).filter(p -> !p.text().isEmpty()).toList();
    }

    private static void flush(List<Part> parts, StringBuilder run, boolean highlighted) {
        if (!run.isEmpty()) {
            parts.add(new Part(run.toString(), highlighted));
            run.setLength(0);
        }
    }
}
