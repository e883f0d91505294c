package se.paragraf.domain.phrase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.paragraf.domain.board.Board;
import se.paragraf.domain.board.BoardId;
import se.paragraf.domain.board.BoardKind;
import se.paragraf.domain.shared.DomainException;

class PhraseLibraryTest {
    private static final Board RS = Board.of(new BoardId(1), "Regionstyrelsen", BoardKind.EXECUTIVE_BOARD);
    private static final Board FU = new Board(new BoardId(2), "Finansutskottet", BoardKind.COMMITTEE, RS.id(), 1);
    private static final Board VU = new Board(new BoardId(3), "Vårdvalsutskottet", BoardKind.COMMITTEE, RS.id(), 1);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "{Board} beslutar|Regionstyrelsen beslutar",
        "{Board} beslutar på {Committee}s förslag|Regionstyrelsen beslutar på finansutskottets förslag",
        "{Board} beslutar föreslå att regionfullmäktige beslutar|Regionstyrelsen beslutar föreslå att regionfullmäktige beslutar"})
    void formulasRender(String pattern, String rendered) {
        assertThat(new FormulaTemplate(pattern).render(RS, FU)).isEqualTo(rendered);
    }

    @Test
    void formulasCheckTheirPlaceholders() {
        assertThat(new FormulaTemplate("{Board} beslutar på {Committee}s förslag").render(RS, VU))
                .isEqualTo("Regionstyrelsen beslutar på vårdvalsutskottets förslag");
        assertThatThrownBy(() -> new FormulaTemplate("{Nämnd} beslutar")).isInstanceOf(DomainException.class)
                .hasMessageContaining("{Nämnd}");
        assertThatThrownBy(() -> new FormulaTemplate("{Board} beslutar på {Committee}s förslag").render(RS, null))
                .isInstanceOf(DomainException.class).hasMessageContaining("utskott");
    }

    @Test
    void defaultsAreFoundByAbbreviationAndEditablePerBoard() {
        PhraseLibrary library = PhraseLibrary.defaults(RS.id());
        assertThat(library.find("LTH")).map(Phrase::text).contains("lägga informationen till handlingarna");
        assertThat(library.find("oj")).map(Phrase::text).contains("förklara paragrafen omedelbart justerad");
        assertThat(library.complete(PhraseKind.CLAUSE, "upp")).extracting(Phrase::text).containsExactly("uppdra till … att …");
        PhraseLibrary edited = library.with(new Phrase("lth", PhraseKind.CLAUSE, "lägga rapporten till handlingarna"))
                .without("gr");
        assertThat(edited.find("lth")).map(Phrase::text).contains("lägga rapporten till handlingarna");
        assertThat(edited.find("gr")).isEmpty();
        assertThat(library.find("gr")).isPresent();
    }
}
