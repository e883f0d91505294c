package se.paragraf.application.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.paragraf.domain.paragraph.ParagraphNumber;
import se.paragraf.domain.paragraph.Preparation;

class PreparationTextTest {
    private static final Preparation FU_71 =
            new Preparation("Finansutskottet", LocalDate.of(2025, 5, 7), ParagraphNumber.of(71), null);

    @Test
    void readsTheSeedProtocolsForm() {
        assertThat(PreparationText.parse("Finansutskottet den 7 maj 2025, § 71")).hasValue(FU_71);
    }

    @Test
    void readsIsoDatesWithOrWithoutComma() {
        assertThat(PreparationText.parse("Finansutskottet 2025-05-07 § 71")).hasValue(FU_71);
        assertThat(PreparationText.parse("Finansutskottet, 2025-05-07, § 71")).hasValue(FU_71);
    }

    @Test
    void readsOldMinutesWithTheParagraphBeforeAShortDate() {
        assertThat(PreparationText.parse("KU § 317 06-12-05"))
                .hasValue(new Preparation("KU", LocalDate.of(2006, 12, 5), ParagraphNumber.of(317), null));
    }

    @Test
    void keepsInsertedNumbersAndNotes() {
        assertThat(PreparationText.parse("Kommunstyrelsens arbetsutskott den 12 mars 2024, § 3 a, återremiss"))
                .hasValue(new Preparation("Kommunstyrelsens arbetsutskott", LocalDate.of(2024, 3, 12),
                        new ParagraphNumber(3, "a"), "återremiss"));
    }

    @Test
    void aMeetingOverTwoDaysKeepsItsFirstDayAndSaysSo() {
        Preparation p = PreparationText.parse("Hälso- och sjukvårdsnämnden den 20–21 mars 2025, § 40").orElseThrow();
        assertThat(p.date()).isEqualTo(LocalDate.of(2025, 3, 20));
        assertThat(p.boardName()).isEqualTo("Hälso- och sjukvårdsnämnden");
        assertThat(p.note()).isEqualTo("sammanträdet 20–21 mars 2025");
    }

    @Test
    void anEarlierReferralNamesTheOrgan() {
        Preparation p = PreparationText.parse(
                "Ärendet återremitterades i regionstyrelsen den 2 april 2025, § 82 för förtydligande").orElseThrow();
        assertThat(p.boardName()).isEqualTo("Regionstyrelsen");
        assertThat(p.paragraph()).isEqualTo(ParagraphNumber.of(82));
        assertThat(p.note()).isEqualTo("återremitterades för förtydligande");
    }

    @Test
    void withoutADateOrAnOrganThereIsNoPreparation() {
        assertThat(PreparationText.parse("Finansutskottet § 71")).isEmpty();
        assertThat(PreparationText.parse("2025-05-07 § 71")).isEmpty();
        assertThat(PreparationText.parse("Finansutskottet den 31 februari 2025, § 71")).isEmpty();
        assertThat(PreparationText.parse("")).isEmpty();
        assertThat(PreparationText.parse(null)).isEmpty();
    }
}
