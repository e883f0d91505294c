package se.paragraf.domain.paragraph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import se.paragraf.domain.shared.DomainException;

class AttachmentTest {

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {"1, true", "' 77 ', true", "G-I, true", "-, false", "'  ', false"})
    void isAttachedOnlyWithABilagaLabel(String label, boolean attached) {
        assertThat(new Attachment(label, "Revisionsrapport").isAttached()).isEqualTo(attached);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = " ")
    void titleIsRequired(String title) {
        assertThatThrownBy(() -> new Attachment("1", title)).isInstanceOf(DomainException.class)
                .hasMessage("Beslutsunderlagets rubrik får inte vara tomt.");
    }
}
