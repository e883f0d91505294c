package se.paragraf.domain.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Ranks goals by how much a decision's text resembles them: TF-IDF vectors over the goals' own
 * text (title, the "ska regionstyrelsen" description, the goal above, indicator names) and
 * cosine similarity, so that words every goal shares count little and rare shared words much.
 * Each suggestion is explained by the decision's words that matched, strongest first.
 */
public final class GoalSuggester {
    private static final int WORDS_SHOWN = 6;
    private final List<GoalNode> goals;
    private final List<Map<String, Double>> vectors = new ArrayList<>();
    private final Map<String, Double> idf = new HashMap<>();

    /** Goals and sub-goals; goal areas are too broad to suggest and are left out. */
    public GoalSuggester(List<GoalNode> nodes) {
        this.goals = nodes.stream().filter(n -> n.level() != GoalNode.Level.AREA).toList();
        List<Map<String, Integer>> counts = goals.stream().map(g -> counts(SwedishTerms.of(g.searchableText()))).toList();
        Map<String, Integer> documentFrequency = new HashMap<>();
        counts.forEach(c -> c.keySet().forEach(t -> documentFrequency.merge(t, 1, Integer::sum)));
        documentFrequency.forEach((term, df) -> idf.put(term, Math.log(1.0 + (double) goals.size() / df)));
        counts.forEach(c -> vectors.add(weigh(c)));
    }

    public List<GoalSuggestion> suggest(String decisionText, int limit) {
        List<SwedishTerms.Term> terms = SwedishTerms.of(decisionText);
        Map<String, String> wordOf = new LinkedHashMap<>();
        terms.forEach(t -> wordOf.putIfAbsent(t.stem(), t.word()));
        Map<String, Double> query = weigh(counts(terms));
        List<GoalSuggestion> suggestions = new ArrayList<>();
        for (int i = 0; i < goals.size(); i++) {
            Map<String, Double> goal = vectors.get(i);
            Map<String, Double> contributions = new HashMap<>();
            query.forEach((term, weight) -> {
                Double other = goal.get(term);
                if (other != null) {
                    contributions.put(term, weight * other);
                }
            });
            if (contributions.isEmpty()) {
                continue;
            }
            double score = contributions.values().stream().mapToDouble(Double::doubleValue).sum();
            List<String> words = contributions.entrySet().stream()
                    .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                    .limit(WORDS_SHOWN).map(e -> wordOf.get(e.getKey())).toList();
            suggestions.add(new GoalSuggestion(goals.get(i), score, words));
        }
        suggestions.sort(Comparator.comparingDouble(GoalSuggestion::score).reversed());
        return suggestions.subList(0, Math.min(limit, suggestions.size()));
    }

    private static Map<String, Integer> counts(List<SwedishTerms.Term> terms) {
        Map<String, Integer> counts = new HashMap<>();
        terms.forEach(t -> counts.merge(t.stem(), 1, Integer::sum));
        return counts;
    }

    /** Unit-length TF-IDF vector; terms no goal has are dropped, since they cannot match. */
    private Map<String, Double> weigh(Map<String, Integer> counts) {
        Map<String, Double> vector = new HashMap<>();
        counts.forEach((term, n) -> {
            Double weight = idf.get(term);
            if (weight != null) {
                vector.put(term, (1 + Math.log(n)) * weight);
            }
        });
        double norm = Math.sqrt(vector.values().stream().mapToDouble(w -> w * w).sum());
        if (norm > 0) {
            vector.replaceAll((t, w) -> w / norm);
        }
        return vector;
    }
}
