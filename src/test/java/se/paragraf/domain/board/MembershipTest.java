package se.paragraf.domain.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import se.paragraf.domain.shared.DomainException;

class MembershipTest {
    private static final MemberId MEMBER = new MemberId(1);
    private static final BoardId BOARD = new BoardId(1);
    private static final Term TERM = TermTest.TERM_2023_2026;

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 13})
    void anErsättareHasACallInOrder(int order) {
        Membership m = new Membership(MEMBER, BOARD, MembershipRole.SUBSTITUTE, TERM, order);
        assertThat(m.substituteOrder()).isEqualTo(order);
        assertThat(m.role().holdsSeat()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1})
    void anErsättaresOrderStartsAtOne(int order) {
        assertThatThrownBy(() -> new Membership(MEMBER, BOARD, MembershipRole.SUBSTITUTE, TERM, order))
                .isInstanceOf(DomainException.class)
                .hasMessage("En ersättare måste ha en inkallelseordning (1, 2, 3 …).");
    }

    @Test
    void anErsättareWithoutOrderIsRejected() {
        assertThatThrownBy(() -> new Membership(MEMBER, BOARD, MembershipRole.SUBSTITUTE, TERM, null))
                .isInstanceOf(DomainException.class);
    }

    @ParameterizedTest
    @EnumSource(value = MembershipRole.class, names = "SUBSTITUTE", mode = EnumSource.Mode.EXCLUDE)
    void onlyErsättareHaveAnOrder(MembershipRole role) {
        assertThat(new Membership(MEMBER, BOARD, role, TERM, null).role().holdsSeat()).isTrue();
        assertThatThrownBy(() -> new Membership(MEMBER, BOARD, role, TERM, 1))
                .isInstanceOf(DomainException.class)
                .hasMessage("Bara ersättare har inkallelseordning.");
    }

    @Test
    void isActiveWithinItsTerm() {
        Membership m = new Membership(MEMBER, BOARD, MembershipRole.CHAIR, TERM, null);
        assertThat(m.activeOn(LocalDate.of(2025, 5, 20))).isTrue();
        assertThat(m.activeOn(LocalDate.of(2027, 1, 1))).isFalse();
    }

    @Test
    void everyPartIsRequired() {
        assertThatThrownBy(() -> new Membership(null, BOARD, MembershipRole.MEMBER, TERM, null))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> new Membership(MEMBER, null, MembershipRole.MEMBER, TERM, null))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> new Membership(MEMBER, BOARD, null, TERM, null))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> new Membership(MEMBER, BOARD, MembershipRole.MEMBER, null, null))
                .isInstanceOf(DomainException.class);
    }
}
