package se.paragraf.domain.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words of a Swedish text as comparable terms: lower case, stop words out, and a light stemming
 * that strips the common inflection endings ("kompetensförsörjningen" and
 * "kompetensförsörjning" meet), never leaving a stem shorter than four letters.
 */
final class SwedishTerms {
    /** A term and the word it was read from, so a match can be explained in the text's own words. */
    record Term(String stem, String word) {
    }

    private static final Pattern WORD = Pattern.compile("(?U)\\p{L}[\\p{L}-]*\\p{L}");
    private static final int MIN_STEM = 4;
    private static final String[] SUFFIXES = {
        "heterna", "heternas", "hetens", "heten", "heter", "arnas", "ernas", "ornas", "andes", "ningarna", "ningar",
        "ningen", "ningens", "ning", "arna", "erna", "orna", "ande", "ende", "aste", "ades", "ats", "het",
        "are", "ast", "ade", "ad", "en", "ens", "er", "ar", "or", "et", "ets", "na", "as", "es", "a", "e", "s"};
    private static final Set<String> STOP_WORDS = Set.of(
            "och", "att", "det", "som", "en", "ett", "den", "de", "för", "på", "är", "av", "med", "till", "i", "om",
            "har", "inte", "var", "vi", "kan", "ska", "skall", "sig", "sin", "sitt", "sina", "så", "från", "eller",
            "men", "även", "också", "vid", "under", "efter", "samt", "detta", "denna", "dessa", "deras", "dess",
            "hur", "vad", "när", "där", "här", "alla", "andra", "annan", "annat", "bland", "enligt", "genom", "inom",
            "mot", "utan", "över", "mellan", "både", "utifrån", "avseende", "kring", "bör", "får", "blir", "bli",
            "vara", "varit", "hade", "gör", "göra", "ta", "fram", "sådan", "sådana", "mer", "mest", "flera", "olika",
            "nya", "nytt", "ny", "år", "regionstyrelsen", "regionstyrelsens", "regionen", "regionens", "region",
            "styrelsen", "beslutar", "besluta", "beslut", "uppdra", "uppdrag", "tillse", "förslag", "ärendet",
            "västernorrland", "västernorrlands", "rvn", "del", "delar", "arbete", "arbetet", "följa", "upp", "exempel",
            "enlighet", "övergripande", "aktuell", "aktuella", "fortsatt", "fortsatta", "ramen", "linje", "mål", "fråga",
            "frågor", "frågorna");

    private SwedishTerms() {
    }

    static List<Term> of(String text) {
        List<Term> terms = new ArrayList<>();
        if (text == null) {
            return terms;
        }
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String word = m.group().toLowerCase(Locale.ROOT);
            if (word.length() < 3 || STOP_WORDS.contains(word)) {
                continue;
            }
            terms.add(new Term(stem(word), word));
        }
        return terms;
    }

    static String stem(String word) {
        for (String suffix : SUFFIXES) {
            if (word.endsWith(suffix) && word.length() - suffix.length() >= MIN_STEM) {
                return word.substring(0, word.length() - suffix.length());
            }
        }
        return word;
    }
}
