package se.paragraf.application.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import se.paragraf.application.search.ParagraphKind;
import se.paragraf.application.search.SearchQuery;
import se.paragraf.domain.board.Board;

/**
 * The fixed, seeded mix of full-text queries the search benchmark times: one word, two words,
 * a phrase, a prefix, and one word with filters (board, year range, kind), {@code perKind} of each,
 * all made of words that occur in the synthetic archive.
 */
public final class BenchQueries {
    /** A labelled query, so that the benchmark can report each kind on its own too. */
    public record Labelled(String kind, SearchQuery query) {
    }

    private BenchQueries() {
    }

    public static List<Labelled> mix(long seed, int perKind, List<Board> boards) {
        Random random = new Random(seed);
        Phrases phrases = Phrases.load();
        List<String> words = words(phrases);
        List<Labelled> mix = new ArrayList<>();
        for (int i = 0; i < perKind; i++) {
            mix.add(new Labelled("one_word", SearchQuery.of(any(random, words))));
            mix.add(new Labelled("two_words", SearchQuery.of(any(random, words) + " " + any(random, words))));
            mix.add(new Labelled("phrase", SearchQuery.of("\"" + phrase(random, phrases) + "\"")));
            String prefixOf = any(random, words);
            mix.add(new Labelled("prefix", SearchQuery.of(prefixOf.substring(0, Math.min(5, prefixOf.length())) + "*")));
            int from = SyntheticArchive.FIRST_YEAR + random.nextInt(SyntheticArchive.YEARS - 5);
            mix.add(new Labelled("filtered", SearchQuery.of(any(random, words))
                    .inBoards(Set.of(boards.get(random.nextInt(boards.size())).id()))
                    .years(from, from + 4)
                    .ofKinds(Set.of(ParagraphKind.DECISION))));
        }
        Collections.shuffle(mix, random);
        return mix;
    }

    /** Content words of seven letters or more: common enough to hit, rare enough to rank. */
    private static List<String> words(Phrases phrases) {
        Set<String> words = new TreeSet<>();
        for (String s : phrases.sentences()) {
            for (String w : s.split("[^\\p{L}]+")) {
                if (w.length() >= 7) {
                    words.add(w.toLowerCase(Locale.ROOT));
                }
            }
        }
        return List.copyOf(words);
    }

    /** Two neighbouring words of a real sentence. */
    private static String phrase(Random random, Phrases phrases) {
        String[] w = any(random, phrases.sentences()).replaceAll("[^\\p{L} ]", " ").strip().split("\\s+");
        int i = random.nextInt(Math.max(1, w.length - 1));
        return w.length < 2 ? w[0] : w[i] + " " + w[i + 1];
    }

    private static String any(Random random, List<String> list) {
        return list.get(random.nextInt(list.size()));
    }
}
