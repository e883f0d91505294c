package se.paragraf.application.search;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.paragraf.domain.board.BoardId;
import se.paragraf.domain.matter.CaseNumber;
import se.paragraf.domain.shared.DomainException;

/**
 * What the secretary asks for: words (Lucene syntax: "phrase", prefix*, AND/OR/NOT), narrowed by
 * filters. A null filter does not narrow; an empty set of boards or kinds means all.
 * {@code internal}: the answer may hold the text of sekretess-§§ and personnummer unmasked; by
 * default it is public (they only match and show as a public version of the protocol would).
 */
public record SearchQuery(String text, Set<BoardId> boards, Integer fromYear, Integer toYear,
                          Set<ParagraphKind> kinds, Boolean adjusted, Boolean hasAssignments, String goal,
                          SearchSort sort, int limit, boolean internal) {
    public static final int DEFAULT_LIMIT = 50;
    /** A last word of letters only, two or more, not an operator. */
    private static final Pattern LAST_WORD = Pattern.compile("(?:^|\\s)(?!(?:AND|OR|NOT)$)(\\p{L}{2,})$");

    public SearchQuery {
        text = text == null ? "" : text.strip();
        boards = boards == null ? Set.of() : Set.copyOf(boards);
        kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
        goal = goal == null || goal.isBlank() ? null : goal.strip();
        sort = sort == null ? SearchSort.RELEVANCE : sort;
        if (limit < 1 || limit > 10_000) {
            throw new DomainException("Antalet träffar måste vara 1–10 000, inte " + limit + ".");
        }
        if (fromYear != null && toYear != null && fromYear > toYear) {
            throw new DomainException("Årsintervallet " + fromYear + "–" + toYear + " är bakvänt. "
                    + "Ange det tidigare året först.");
        }
    }

    public static SearchQuery of(String text) {
        return new SearchQuery(text, Set.of(), null, null, Set.of(), null, null, null, SearchSort.RELEVANCE,
                DEFAULT_LIMIT, false);
    }

    /**
     * For results as you type: the last word, still being typed, also counts as the beginning
     * of a word ("välf" finds "välfärdsbrott") without losing its stemmed matches. A diarienummer,
     * a closed phrase or query syntax is left as it is.
     */
    public static SearchQuery asTyped(String text) {
        String t = text == null ? "" : text.strip();
        Matcher last = LAST_WORD.matcher(t);
        boolean inPhrase = t.chars().filter(c -> c == '"').count() % 2 == 1;
        if (CaseNumber.tryParse(t).isPresent() || inPhrase || !last.find()
                || t.endsWith("\"")) {
            return of(t);
        }
        String word = last.group(1);
        return of(t.substring(0, last.start(1)) + "(" + word + " OR " + word + "*)");
    }

    public SearchQuery withText(String newText) {
        return new SearchQuery(newText, boards, fromYear, toYear, kinds, adjusted, hasAssignments, goal, sort, limit, internal);
    }

    public SearchQuery inBoards(Set<BoardId> newBoards) {
        return new SearchQuery(text, newBoards, fromYear, toYear, kinds, adjusted, hasAssignments, goal, sort, limit, internal);
    }

    public SearchQuery years(Integer from, Integer to) {
        return new SearchQuery(text, boards, from, to, kinds, adjusted, hasAssignments, goal, sort, limit, internal);
    }

    public SearchQuery ofKinds(Set<ParagraphKind> newKinds) {
        return new SearchQuery(text, boards, fromYear, toYear, newKinds, adjusted, hasAssignments, goal, sort, limit, internal);
    }

    public SearchQuery adjusted(Boolean isAdjusted) {
        return new SearchQuery(text, boards, fromYear, toYear, kinds, isAdjusted, hasAssignments, goal, sort, limit, internal);
    }

    public SearchQuery withAssignments(Boolean has) {
        return new SearchQuery(text, boards, fromYear, toYear, kinds, adjusted, has, goal, sort, limit, internal);
    }

    public SearchQuery linkedTo(String newGoal) {
        return new SearchQuery(text, boards, fromYear, toYear, kinds, adjusted, hasAssignments, newGoal, sort, limit, internal);
    }

    public SearchQuery sortedBy(SearchSort newSort) {
        return new SearchQuery(text, boards, fromYear, toYear, kinds, adjusted, hasAssignments, goal, newSort, limit, internal);
    }

    public SearchQuery limitedTo(int newLimit) {
        return new SearchQuery(text, boards, fromYear, toYear, kinds, adjusted, hasAssignments, goal, sort, newLimit, internal);
    }

    /** {@code true}: the internal version, sekretess and personnummer included, for the secretary only. */
    public SearchQuery internal(boolean isInternal) {
        return new SearchQuery(text, boards, fromYear, toYear, kinds, adjusted, hasAssignments, goal, sort, limit,
                isInternal);
    }
}
