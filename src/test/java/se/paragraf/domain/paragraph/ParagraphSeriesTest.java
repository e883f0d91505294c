package se.paragraf.domain.paragraph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.paragraf.domain.board.BoardId;
import se.paragraf.domain.shared.DomainException;

class ParagraphSeriesTest {
    private static final BoardId REGIONSTYRELSEN = new BoardId(1);

    private static List<ParagraphNumber> numbers(String... texts) {
        return java.util.Arrays.stream(texts).map(ParagraphNumber::parse).toList();
    }

    private static List<ParagraphNumber> range(int from, int to) {
        return IntStream.rangeClosed(from, to).mapToObj(ParagraphNumber::of).toList();
    }

    @Test
    void anEmptyYearStartsAtOne() {
        ParagraphSeries series = new ParagraphSeries(REGIONSTYRELSEN, 2026, List.of());
        assertThat(series.next()).isEqualTo(ParagraphNumber.of(1));
        assertThat(series.allocate()).isEqualTo(ParagraphNumber.of(1));
        assertThat(series.allocate()).isEqualTo(ParagraphNumber.of(2));
    }

    @Test
    void continuesAcrossMeetings() {
        // The May meeting of the seed protocol ran §§ 96–135, after §§ 1–95 earlier in 2025.
        ParagraphSeries series = new ParagraphSeries(REGIONSTYRELSEN, 2025, range(1, 135));
        assertThat(series.next()).isEqualTo(ParagraphNumber.of(136));
        assertThat(series.allocate()).isEqualTo(ParagraphNumber.of(136));
        assertThat(series.allocate()).isEqualTo(ParagraphNumber.of(137));
        assertThat(series.taken()).hasSize(137).last().isEqualTo(ParagraphNumber.of(137));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "3, 3 a            | 4",
            "1, 2, 7           | 8",
            "135 b             | 136",
            "§ 9, 3 a, 1       | 10",
    })
    void nextIsOnePastTheHighestWholeNumber(String taken, String next) {
        ParagraphSeries series = new ParagraphSeries(REGIONSTYRELSEN, 2025, numbers(taken.split(",")));
        assertThat(series.next()).isEqualTo(ParagraphNumber.parse(next));
    }

    @Test
    void nextDoesNotTakeTheNumber() {
        ParagraphSeries series = new ParagraphSeries(REGIONSTYRELSEN, 2025, range(1, 3));
        series.next();
        assertThat(series.next()).isEqualTo(ParagraphNumber.of(4));
        assertThat(series.taken()).hasSize(3);
    }

    @Test
    void claimTakesAChosenNumberAndTheSeriesContinuesAfterIt() {
        ParagraphSeries series = new ParagraphSeries(REGIONSTYRELSEN, 2025, range(1, 3));
        assertThat(series.claim(ParagraphNumber.of(96))).isEqualTo(ParagraphNumber.of(96));
        assertThat(series.next()).isEqualTo(ParagraphNumber.of(97));
    }

    @Test
    void claimingATakenNumberFails() {
        ParagraphSeries series = new ParagraphSeries(REGIONSTYRELSEN, 2025, numbers("98", "3 a"));
        assertThatThrownBy(() -> series.claim(ParagraphNumber.of(98)))
                .isInstanceOf(DomainException.class)
                .hasMessage("§ 98 finns redan för 2025.");
        assertThatThrownBy(() -> series.claim(ParagraphNumber.parse("3a")))
                .isInstanceOf(DomainException.class)
                .hasMessage("§ 3 a finns redan för 2025.");
        assertThatThrownBy(() -> series.claim(null)).isInstanceOf(DomainException.class);
    }

    @Test
    void allocateAfterInsertsLetteredNumbers() {
        ParagraphSeries series = new ParagraphSeries(REGIONSTYRELSEN, 2025, range(1, 5));
        assertThat(series.allocateAfter(ParagraphNumber.of(3))).isEqualTo(ParagraphNumber.parse("3 a"));
        assertThat(series.allocateAfter(ParagraphNumber.of(3))).isEqualTo(ParagraphNumber.parse("3 b"));
        assertThat(series.allocateAfter(ParagraphNumber.parse("3 a"))).isEqualTo(ParagraphNumber.parse("3 c"));
        assertThat(series.taken()).containsExactlyElementsOf(numbers("1", "2", "3", "3 a", "3 b", "3 c", "4", "5"));
        assertThat(series.next()).isEqualTo(ParagraphNumber.of(6));
    }

    @Test
    void allocateAfterAMissingNumberFails() {
        ParagraphSeries series = new ParagraphSeries(REGIONSTYRELSEN, 2025, range(1, 5));
        assertThatThrownBy(() -> series.allocateAfter(ParagraphNumber.of(9)))
                .isInstanceOf(DomainException.class)
                .hasMessage("§ 9 finns inte för 2025.");
        assertThatThrownBy(() -> series.allocateAfter(null)).isInstanceOf(DomainException.class);
    }

    @Test
    void constructingWithDuplicatesFails() {
        assertThatThrownBy(() -> new ParagraphSeries(REGIONSTYRELSEN, 2025, numbers("3", "4", "3")))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("dubbletter")
                .hasMessageContaining("§ 3");
        assertThatThrownBy(() -> new ParagraphSeries(REGIONSTYRELSEN, 2025, numbers("3 a", "3A")))
                .isInstanceOf(DomainException.class);
    }

    @Test
    void needsBoardAndNumbers() {
        assertThatThrownBy(() -> new ParagraphSeries(null, 2025, List.of())).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> new ParagraphSeries(REGIONSTYRELSEN, 2025, null)).isInstanceOf(DomainException.class);
    }

    @Test
    void theTakenViewIsReadOnlyAndTheInputIsCopied() {
        List<ParagraphNumber> input = new java.util.ArrayList<>(range(1, 2));
        ParagraphSeries series = new ParagraphSeries(REGIONSTYRELSEN, 2025, input);
        input.add(ParagraphNumber.of(50));
        assertThat(series.next()).isEqualTo(ParagraphNumber.of(3));
        assertThatThrownBy(() -> series.taken().add(ParagraphNumber.of(9)))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(series.board()).isEqualTo(REGIONSTYRELSEN);
        assertThat(series.year()).isEqualTo(2025);
    }
}
