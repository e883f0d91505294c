package se.paragraf.domain.plan;

import java.util.List;

/** A goal the decision's text resembles, how much (0–1), and the decision's words that matched. */
public record GoalSuggestion(GoalNode goal, double score, List<String> matchedWords) {
    public GoalSuggestion {
        matchedWords = List.copyOf(matchedWords);
    }
}
