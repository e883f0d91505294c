package se.paragraf.domain.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import se.paragraf.domain.shared.DomainException;

class BoardTest {
    private static final BoardId RS = new BoardId(1);
    private static final BoardId FU = new BoardId(2);

    @Test
    void anUtskottSitsUnderItsBoard() {
        Board finansutskottet = new Board(FU, "Finansutskottet", BoardKind.COMMITTEE, RS, 1);
        assertThat(finansutskottet.parentBoard()).contains(RS);
    }

    @Test
    void anUtskottWithoutParentIsRejected() {
        assertThatThrownBy(() -> new Board(FU, "Finansutskottet", BoardKind.COMMITTEE, null, 1))
                .isInstanceOf(DomainException.class)
                .hasMessage("Utskottet Finansutskottet måste höra till en styrelse eller nämnd.");
    }

    @ParameterizedTest
    @EnumSource(value = BoardKind.class, names = "COMMITTEE", mode = EnumSource.Mode.EXCLUDE)
    void otherKindsStandAlone(BoardKind kind) {
        assertThat(Board.of(RS, "Regionstyrelsen", kind).parentBoard()).isEmpty();
        assertThatThrownBy(() -> new Board(FU, "Regionstyrelsen", kind, RS, 1))
                .isInstanceOf(DomainException.class)
                .hasMessage(kind.swedishName() + " Regionstyrelsen kan inte ligga under ett annat organ.");
    }

    @Test
    void anUtskottCannotSitUnderItself() {
        assertThatThrownBy(() -> new Board(FU, "Finansutskottet", BoardKind.COMMITTEE, FU, 1))
                .isInstanceOf(DomainException.class)
                .hasMessage("Ett organ kan inte ligga under sig självt.");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 5})
    void acceptsOneToFiveAdjusters(int count) {
        assertThat(new Board(RS, "Regionstyrelsen", BoardKind.EXECUTIVE_BOARD, null, count).adjusterCount())
                .isEqualTo(count);
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 0, 6, 100})
    void rejectsAdjusterCountsOutsideOneToFive(int count) {
        assertThatThrownBy(() -> new Board(RS, "Regionstyrelsen", BoardKind.EXECUTIVE_BOARD, null, count))
                .isInstanceOf(DomainException.class)
                .hasMessage("Antalet justerare måste vara 1–5, inte " + count + ".");
    }

    @Test
    void nameIsRequiredAndStripped() {
        assertThat(Board.of(RS, "  Regionstyrelsen ", BoardKind.EXECUTIVE_BOARD).name()).isEqualTo("Regionstyrelsen");
        assertThatThrownBy(() -> Board.of(RS, " ", BoardKind.EXECUTIVE_BOARD))
                .isInstanceOf(DomainException.class).hasMessage("Organets namn får inte vara tomt.");
        assertThatThrownBy(() -> Board.of(null, "Regionstyrelsen", BoardKind.EXECUTIVE_BOARD))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> Board.of(RS, "Regionstyrelsen", null)).isInstanceOf(DomainException.class);
    }

    @Test
    void renameReturnsAChangedCopy() {
        Board original = new Board(FU, "Finansutskottet", BoardKind.COMMITTEE, RS, 2);
        Board renamed = original.rename("Ekonomiutskottet");
        assertThat(renamed).isEqualTo(new Board(FU, "Ekonomiutskottet", BoardKind.COMMITTEE, RS, 2));
        assertThat(original.name()).isEqualTo("Finansutskottet");
        assertThatThrownBy(() -> original.rename("")).isInstanceOf(DomainException.class);
    }

    @Test
    void idsArePositive() {
        assertThatThrownBy(() -> new BoardId(0)).isInstanceOf(DomainException.class)
                .hasMessage("Organets id måste vara ett positivt tal, inte 0.");
        assertThat(new BoardId(7)).hasToString("7");
    }
}
