package se.paragraf.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PersonalNumbersTest {
    @Test
    void everyPlantedFormIsMaskedAndLeavesNoDigitsBehind() {
        for (PlantedPersonalNumbers.Planted p : PlantedPersonalNumbers.FORMS) {
            String masked = PersonalNumbers.mask("Sökande " + p.written() + " i ärendet.");
            assertThat(PlantedPersonalNumbers.leakedIn(masked)).as(p.written() + " → " + masked).isEmpty();
            assertThat(PersonalNumbers.contains(p.written())).as(p.written()).isTrue();
            assertThat(masked).contains(PersonalNumbers.HIDDEN);
        }
        assertThat(PlantedPersonalNumbers.FORMS).hasSizeGreaterThanOrEqualTo(30);
        assertThat(PlantedPersonalNumbers.leakedIn(PersonalNumbers.mask(PlantedPersonalNumbers.allInOneText())))
                .isEmpty();
    }

    @Test
    void theMaskKeepsTheDateOfBirthAndTheCenturyAsWritten() {
        assertThat(PersonalNumbers.mask("19121212-1212")).isEqualTo("19121212-XXXX");
        assertThat(PersonalNumbers.mask("Ombud 850312–1231, sökande")).isEqualTo("Ombud 850312-XXXX, sökande");
        assertThat(PersonalNumbers.mask("12.12.12-1212")).isEqualTo("121212-XXXX");
        assertThat(PersonalNumbers.mask("930228+4568")).isEqualTo("930228+XXXX");
        assertThat(PersonalNumbers.mask("(450871-2397)")).isEqualTo("(450871-XXXX)");
        assertThat(PersonalNumbers.mask("850312 - 1231.")).isEqualTo("850312-XXXX.");
    }

    @Test
    void maskingTwiceChangesNothing() {
        String once = PersonalNumbers.mask(PlantedPersonalNumbers.allInOneText());
        assertThat(PersonalNumbers.mask(once)).isEqualTo(once);
        assertThat(PersonalNumbers.contains(once)).isFalse();
    }

    @Test
    void aWrongCheckDigitIsStillMaskedWhenTheShapeIsAPersonnummer() {
        assertThat(PersonalNumbers.mask("841021-0482")).isEqualTo("841021-XXXX");
    }

    @ParameterizedTest
    @ValueSource(strings = {"RS 2024-01234", "Dnr RS 2025/1523", "KS/2019/0001/0009", "25RS1523", "2024-03-12",
        "sammanträdet 2024-03-12 kl. 13.00", "perioden 2024-01-01–2024-12-31", "perioden 2024-01-01 - 2024-12-31",
        "1 250 000 kr", "12 345 678 kronor", "3 212 121 212 kr", "070-123 45 67", "0701234567", "08-121 212 12",
        "0812121212", "organisationsnummer 232100-0016", "212000-0142", "19851332-1234", "850230-1234",
        "851200-1234", "§ 1212", "2024-03-12, 1234 deltagare", "version 2.12.12-1"})
    void diarienummerDatesAmountsAndPhoneNumbersSurvive(String text) {
        assertThat(PersonalNumbers.mask(text)).isEqualTo(text);
        assertThat(PersonalNumbers.contains(text)).isFalse();
    }

    @Test
    void nullAndEmptyStayAsTheyAre() {
        assertThat(PersonalNumbers.mask(null)).isNull();
        assertThat(PersonalNumbers.mask("")).isEmpty();
        assertThat(PersonalNumbers.contains(null)).isFalse();
    }
}
