package se.paragraf.domain.matter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import se.paragraf.domain.shared.DomainException;

class CaseNumberTest {

    @ParameterizedTest(name = "[{index}] \"{0}\" -> {1} {2}/{3} sub {4}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "25RS1523             | RS | 2025 | 1523 | -",
            "RS 2025/123          | RS | 2025 | 123  | -",
            "KS 2023/0456         | KS | 2023 | 456  | -",
            "RS 2019-0790         | RS | 2019 | 790  | -",
            "KS/2019/0001/0009    | KS | 2019 | 1    | 9",
            "Dnr 22RS7118         | RS | 2022 | 7118 | -",
            "DNR: 25RS1           | RS | 2025 | 1    | -",
            "Dnr 25 RS 1523       | RS | 2025 | 1523 | -",
            "rs-2025-1523         | RS | 2025 | 1523 | -",
            "25rs1523             | RS | 2025 | 1523 | -",
            "dnr 22rs7118         | RS | 2022 | 7118 | -",
            "Dnr. 25RS1523        | RS | 2025 | 1523 | -",
            "Dnr: RS 2025/123     | RS | 2025 | 123  | -",
            "25-RS-1523           | RS | 2025 | 1523 | -",
            "RS.2025.123          | RS | 2025 | 123  | -",
            "2025/123 RS          | RS | 2025 | 123  | -",
            "HSN 2024/55          | HSN | 2024 | 55  | -",
            "rs 2025 / 123        | RS | 2025 | 123  | -",
            "'   RS   2025 /  123   ' | RS | 2025 | 123 | -",
            "'  25   RS   1523 '   | RS | 2025 | 1523 | -",
            "Diarienummer: 25RS1523 | RS | 2025 | 1523 | -",
            "RS2025/123           | RS | 2025 | 123  | -",
            "ÅS 2025/1            | ÅS | 2025 | 1    | -",
    })
    void parsesEveryFormatInUse(String text, String series, int year, int number, Integer sub) {
        assertThat(CaseNumber.parse(text)).isEqualTo(new CaseNumber(series, year, number, sub));
    }

    static Stream<Arguments> oddWhitespace() {
        return Stream.of(
                Arguments.of("RS\t2025/123"),
                Arguments.of("RS 2025/123\n"),
                Arguments.of("RS\u00A02025/123"),          // no-break space pasted from Word or PDF
                Arguments.of("\u00A0RS 2025/123\u00A0"),
                Arguments.of("RS\u202F2025\u2009/\u2009123"));
    }

    @ParameterizedTest
    @MethodSource("oddWhitespace")
    void foldsOddWhitespace(String text) {
        assertThat(CaseNumber.parse(text)).isEqualTo(CaseNumber.of("RS", 2025, 123));
    }

    @ParameterizedTest
    @ValueSource(strings = {"RS 2025/0123", "RS-2025-123", "25RS123", "rs 2025/123", "Dnr 25 RS 0123", "RS 2025 – 123"})
    void writtenFormsOfOneCaseAreEqual(String text) {
        CaseNumber reference = CaseNumber.parse("RS 2025/123");
        assertThat(CaseNumber.parse(text)).isEqualTo(reference).hasSameHashCodeAs(reference)
                .isEqualByComparingTo(reference);
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @ValueSource(strings = {
            "", "   ", "hello", "RS 2025/", "2025", "RS 99999/1", "RS 2025/0", "25RS", "RS", "25RS0",
            "RS 2025/1234567", "RS 1899/1", "RS 2200/1", "RS 2025/1/0", "RS 2025/1/2/3", "123RS1",
            "ABCDEFGHI 2025/1", "RS 2025/-1", "RS 2025/12a", "RS; 2025/1", "Dnr", "Dnr 2025/123",
            "RS 2025/123 RS", "§ 98",
            "RS 2025/1                                                                                      x",
            "RSRSRSRSRSRSRSRSRSRSRSRSRSRSRSRSRSRSRSRSRSRSRSRSRSRSRSRSRSRSRSRSRSRSRSRS 2025/1"})
    void rejectsWhatIsNoCaseNumber(String text) {
        assertThatThrownBy(() -> CaseNumber.parse(text))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("\"" + text.strip() + "\"")
                .hasMessageContaining("är inget giltigt diarienummer")
                .hasMessageContaining("Skriv till exempel");
        assertThat(CaseNumber.tryParse(text)).isEmpty();
    }

    @Test
    void rejectsNullWithASwedishMessage() {
        assertThatThrownBy(() -> CaseNumber.parse(null))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("är inget giltigt diarienummer");
        assertThat(CaseNumber.tryParse(null)).isEmpty();
    }

    @Test
    void rejectsAVeryLongInput() {
        String longText = "RS 2025/" + "1".repeat(200);
        assertThatThrownBy(() -> CaseNumber.parse(longText)).isInstanceOf(DomainException.class);
        assertThat(CaseNumber.tryParse(longText)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"25RS1523", "RS 2025/1523", "KS/2019/0001/0009"})
    void tryParseAgreesWithParse(String text) {
        assertThat(CaseNumber.tryParse(text)).contains(CaseNumber.parse(text));
    }

    @ParameterizedTest(name = "[{index}] {0} -> canonical {1}, compact {2}")
    @CsvSource(delimiter = '|', value = {
            "25RS1523          | RS 2025/1523 | 25RS1523",
            "KS 2023/0456      | KS 2023/456  | 23KS456",
            "KS/2019/0001/0009 | KS 2019/1/9  | 19KS1/9",
            "RS 2005/7         | RS 2005/7    | 05RS7",
            "Dnr 25RS1         | RS 2025/1    | 25RS1",
            "RS 1999/42        | RS 1999/42   | 99RS42",
    })
    void rendersCanonicalAndCompactForms(String text, String canonical, String compact) {
        CaseNumber dnr = CaseNumber.parse(text);
        assertThat(dnr.canonical()).isEqualTo(canonical);
        assertThat(dnr.toString()).isEqualTo(canonical);
        assertThat(dnr.compact()).isEqualTo(compact);
    }

    @ParameterizedTest
    @ValueSource(strings = {"25RS1523", "RS 2025/1523", "KS/2019/0001/0009", "05RS7", "99RS42"})
    void canonicalAndCompactFormsParseBackToTheSameCase(String text) {
        CaseNumber dnr = CaseNumber.parse(text);
        assertThat(CaseNumber.parse(dnr.canonical())).isEqualTo(dnr);
        assertThat(CaseNumber.parse(dnr.compact())).isEqualTo(dnr);
    }

    @Test
    void caseOnlyDropsTheDocumentNumber() {
        CaseNumber document = CaseNumber.parse("KS/2019/0001/0009");
        assertThat(document.subNumber()).isEqualTo(9);
        assertThat(document.caseOnly()).isEqualTo(CaseNumber.of("KS", 2019, 1));
        assertThat(document).isNotEqualTo(document.caseOnly());
        CaseNumber plain = CaseNumber.parse("RS 2025/1523");
        assertThat(plain.caseOnly()).isSameAs(plain);
    }

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource({
            "00RS1, 2000",
            "25RS1, 2025",
            "74RS1, 2074",
            "75RS1, 1975",
            "99RS1, 1999",
    })
    void expandsTwoDigitYearsBelow75IntoThisCentury(String text, int year) {
        assertThat(CaseNumber.parse(text).year()).isEqualTo(year);
    }

    @Test
    void ordersBySeriesThenYearThenNumberThenDocument() {
        List<CaseNumber> expected = List.of(
                CaseNumber.parse("KS 2019/1"),
                CaseNumber.parse("KS/2019/0001/0002"),
                CaseNumber.parse("KS/2019/0001/0010"),
                CaseNumber.parse("KS 2019/2"),
                CaseNumber.parse("KS 2020/1"),
                CaseNumber.parse("RS 2019/900"),
                CaseNumber.parse("RS 2025/9"),
                CaseNumber.parse("RS 2025/10"),
                CaseNumber.parse("RS 2025/1523"));
        List<CaseNumber> shuffled = new ArrayList<>(expected);
        Collections.reverse(shuffled);
        Collections.sort(shuffled);
        assertThat(shuffled).containsExactlyElementsOf(expected);
    }

    @ParameterizedTest(name = "[{index}] {0} {1}/{2} sub {3}")
    @CsvSource(nullValues = "-", value = {
            "rs, 2025, 1, -",
            "-, 2025, 1, -",
            "'', 2025, 1, -",
            "ABCDEFGHI, 2025, 1, -",
            "R1, 2025, 1, -",
            "RS, 1899, 1, -",
            "RS, 2200, 1, -",
            "RS, 2025, 0, -",
            "RS, 2025, -5, -",
            "RS, 2025, 1, 0",
    })
    void constructorRejectsImpossibleParts(String series, int year, int number, Integer sub) {
        assertThatThrownBy(() -> new CaseNumber(series, year, number, sub))
                .isInstanceOf(DomainException.class)
                .hasMessageStartingWith("Diarienumrets");
    }
}
