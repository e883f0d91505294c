package se.paragraf.domain.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import se.paragraf.domain.shared.DomainException;

class MemberTest {

    @Test
    void partyIsOptionalAndBlankMeansNone() {
        assertThat(new Member(new MemberId(1), " Glenn Nordlund ", " S ")).isEqualTo(new Member(new MemberId(1), "Glenn Nordlund", "S"));
        assertThat(new Member(new MemberId(1), "Glenn Nordlund", "  ").party()).isNull();
    }

    @Test
    void nameIsRequired() {
        assertThatThrownBy(() -> new Member(new MemberId(1), "", "S"))
                .isInstanceOf(DomainException.class).hasMessage("Namn får inte vara tomt.");
    }
}
