package se.paragraf.domain.paragraph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import se.paragraf.domain.shared.DomainException;

class ParagraphNumberTest {

    @ParameterizedTest(name = "[{index}] \"{0}\" -> {1} {2}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "98          | 98 | -",
            "§ 98        | 98 | -",
            "§98         | 98 | -",
            "3 a         | 3  | a",
            "3a          | 3  | a",
            "3 A         | 3  | a",
            "KS § 3 a    | 3  | a",
            "ks §3a      | 3  | a",
            "RS § 135    | 135 | -",
            "'  § 7 b  ' | 7  | b",
            "12 ö        | 12 | ö",
            "12 Ö        | 12 | ö",
            "99999       | 99999 | -",
    })
    void parsesTheWrittenForms(String text, int number, String suffix) {
        assertThat(ParagraphNumber.parse(text)).isEqualTo(new ParagraphNumber(number, suffix));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "§", "0", "§ 0", "-1", "abc", "3 ab", "3 1", "3.a", "123456", "§ 98 §", "3 -"})
    void rejectsWhatIsNoParagraphNumber(String text) {
        assertThatThrownBy(() -> ParagraphNumber.parse(text))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("aragrafnummer");
    }

    @Test
    void theParseMessageQuotesTheInputAndShowsAnExample() {
        assertThatThrownBy(() -> ParagraphNumber.parse("abc"))
                .isInstanceOf(DomainException.class)
                .hasMessage("\"abc\" är inget paragrafnummer. Skriv till exempel 98 eller 3 a.");
    }

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {"0, -", "-3, -", "3, ab", "3, 1", "3, ?"})
    void constructorRejectsImpossibleParts(int number, String suffix) {
        assertThatThrownBy(() -> new ParagraphNumber(number, suffix)).isInstanceOf(DomainException.class);
    }

    @Test
    void blankSuffixMeansNone() {
        assertThat(new ParagraphNumber(3, " ")).isEqualTo(ParagraphNumber.of(3));
        assertThat(new ParagraphNumber(3, " B ")).isEqualTo(new ParagraphNumber(3, "b"));
    }

    @Test
    void ordersInsertedParagraphsAfterTheirNumber() {
        List<ParagraphNumber> expected = Stream.of("2", "3", "3 a", "3 b", "3 z", "3 å", "3 ä", "3 ö", "4", "10", "10 a", "100")
                .map(ParagraphNumber::parse).toList();
        List<ParagraphNumber> shuffled = new ArrayList<>(expected);
        Collections.shuffle(shuffled, new java.util.Random(7));
        Collections.sort(shuffled);
        assertThat(shuffled).containsExactlyElementsOf(expected);
    }

    static Stream<List<String>> insertedChains() {
        return Stream.of(List.of("3", "3 a"), List.of("3 a", "3 b"), List.of("3 y", "3 z"), List.of("3 z", "3 å"),
                List.of("3 å", "3 ä"), List.of("3 ä", "3 ö"));
    }

    @ParameterizedTest
    @MethodSource("insertedChains")
    void nextInsertedFollowsTheSwedishAlphabetAndSortsAfter(List<String> pair) {
        ParagraphNumber before = ParagraphNumber.parse(pair.get(0));
        ParagraphNumber after = before.nextInserted();
        assertThat(after).isEqualTo(ParagraphNumber.parse(pair.get(1)));
        assertThat(after).isGreaterThan(before).isLessThan(ParagraphNumber.of(before.number() + 1));
    }

    @Test
    void nothingCanBeInsertedAfterÖ() {
        assertThatThrownBy(() -> ParagraphNumber.parse("3 ö").nextInserted())
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("§ 3 ö");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"98 | 98", "3a | 3 a", "KS § 3 A | 3 a"})
    void printsNumberAndLetterSeparatedBySpace(String text, String printed) {
        ParagraphNumber n = ParagraphNumber.parse(text);
        assertThat(n).hasToString(printed);
        assertThat(ParagraphNumber.parse(n.toString())).isEqualTo(n);
    }

    @Test
    void knowsWhetherItWasInserted() {
        assertThat(ParagraphNumber.parse("3 a").hasSuffix()).isTrue();
        assertThat(ParagraphNumber.of(3).hasSuffix()).isFalse();
    }
}
