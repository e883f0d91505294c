package se.paragraf.importing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** How a protocol marks a § under sekretess, as the importer keeps it. */
class SecrecyMarkTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Sekretess enligt OSL 26 kap. 1 §|OSL 26 kap. 1 §",
        "Sekretess: OSL 21 kap. 1 §|OSL 21 kap. 1 §",
        "Paragrafen omfattas av sekretess enligt OSL 26 kap. 1 § och visas inte i denna version.|OSL 26 kap. 1 §",
        "Sekretessbelagd enligt 25 kap 1 § offentlighets- och sekretesslagen|OSL 25 kap. 1 §",
        "SEKRETESS ENLIGT 39 KAP. 3 A §|OSL 39 kap. 3 A §",
        "Ärendet omfattas av sekretess enligt OSL.|OSL",
        "Sekretess enligt offentlighets- och sekretesslagen|OSL"})
    void aMarkedParagraphKeepsItsReference(String text, String reference) {
        assertThat(ParagraphReader.secrecy("Ärendebeskrivning\n" + text + "\nMer text.")).isEqualTo(reference);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Regionstyrelsen beslutar att godkänna rapporten.",
        "Revisorerna granskar sekretessrutinerna.", "Sekretessmarkering av handlingar diskuterades."})
    void aParagraphWithoutTheMarkIsPublic(String text) {
        assertThat(ParagraphReader.secrecy(text)).isNull();
    }
}
