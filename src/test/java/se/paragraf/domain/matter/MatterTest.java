package se.paragraf.domain.matter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import se.paragraf.domain.shared.DomainException;

class MatterTest {

    @Test
    void isIdentifiedByItsCaseNumberWhateverItsWrittenForm() {
        assertThat(new Matter(CaseNumber.parse("25RS1523"), " Svar på revisionsrapport "))
                .isEqualTo(new Matter(CaseNumber.parse("Dnr RS 2025/1523"), "Svar på revisionsrapport"));
    }

    @Test
    void caseNumberAndTitleAreRequired() {
        assertThatThrownBy(() -> new Matter(null, "Svar")).isInstanceOf(DomainException.class)
                .hasMessage("Diarienummer saknas.");
        assertThatThrownBy(() -> new Matter(CaseNumber.parse("25RS1"), " ")).isInstanceOf(DomainException.class)
                .hasMessage("Ärendets rubrik får inte vara tomt.");
    }
}
