package se.paragraf.domain.paragraph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.paragraf.domain.shared.DomainException;

class DecisionBlockTest {
    static final String FORMULA = "Regionstyrelsen beslutar på finansutskottets förslag";

    /** Seed protocol § 98, as typed from the printed page (with "att" and punctuation). */
    static final String[] SEED_98_AS_PRINTED = {
            "att avge ”Svar på revisionsrapport Skydd mot välfärdsbrott”;",
            "att uppdra till regiondirektören att tillse att en samlad utbildnings- och\n"
                    + "kommunikationsinsats genomförs, där skydd mot olika typer av brott mot offentlig\n"
                    + "sektor belyses ur ett helhetsperspektiv;",
            "att uppdra till regiondirektören att tillse att reglering av regionstyrelsens ansvar för\n"
                    + "den interna kontrollen i Region Västernorrland inarbetas i kommande förslag till\n"
                    + "uppdaterat reglemente för regionstyrelsen;",
            "att uppdra till regiondirektören att påtala att skydd mot välfärdsbrott ska inarbetas i\n"
                    + "befintliga relevanta styrdokument, när dessa uppdateras;",
            "att uppdra till regiondirektören att tillse att risk för olika typer av brott mot offentlig\n"
                    + "sektor inarbetas som kategori i den regiongemensamma mallen för riskanalys inom\n"
                    + "intern styrning och kontroll; samt",
            "att uppdra till regiondirektören att ta fram förslag på, samt fastställa åtgärder som\n"
                    + "syftar till en stärkt avtalsuppföljning.",
    };

    static final List<String> SEED_98_RENDERED = List.of(
            "att avge ”Svar på revisionsrapport Skydd mot välfärdsbrott”;",
            "att uppdra till regiondirektören att tillse att en samlad utbildnings- och kommunikationsinsats"
                    + " genomförs, där skydd mot olika typer av brott mot offentlig sektor belyses ur ett"
                    + " helhetsperspektiv;",
            "att uppdra till regiondirektören att tillse att reglering av regionstyrelsens ansvar för den"
                    + " interna kontrollen i Region Västernorrland inarbetas i kommande förslag till uppdaterat"
                    + " reglemente för regionstyrelsen;",
            "att uppdra till regiondirektören att påtala att skydd mot välfärdsbrott ska inarbetas i"
                    + " befintliga relevanta styrdokument, när dessa uppdateras;",
            "att uppdra till regiondirektören att tillse att risk för olika typer av brott mot offentlig"
                    + " sektor inarbetas som kategori i den regiongemensamma mallen för riskanalys inom intern"
                    + " styrning och kontroll; samt",
            "att uppdra till regiondirektören att ta fram förslag på, samt fastställa åtgärder som syftar"
                    + " till en stärkt avtalsuppföljning.");

    static DecisionBlock seed98() {
        return DecisionBlock.of(FORMULA, SEED_98_AS_PRINTED);
    }

    @Test
    void rendersTheSixClausesOfSeedParagraph98AsPrinted() {
        assertThat(seed98().clauses()).hasSize(6);
        assertThat(seed98().renderedClauses()).containsExactlyElementsOf(SEED_98_RENDERED);
    }

    @Test
    void rendersFormulaAndClausesSeparatedByBlankLines() {
        assertThat(seed98().render())
                .isEqualTo(FORMULA + "\n\n" + String.join("\n\n", SEED_98_RENDERED))
                .startsWith("Regionstyrelsen beslutar på finansutskottets förslag\n\natt avge ”Svar")
                .endsWith("kontroll; samt\n\natt uppdra till regiondirektören att ta fram förslag på, samt"
                        + " fastställa åtgärder som syftar till en stärkt avtalsuppföljning.");
    }

    static Stream<Arguments> punctuationRule() {
        return Stream.of(
                Arguments.of(List.of("a"), List.of("att a.")),
                Arguments.of(List.of("a", "b"), List.of("att a; samt", "att b.")),
                Arguments.of(List.of("a", "b", "c"), List.of("att a;", "att b; samt", "att c.")),
                Arguments.of(List.of("a", "b", "c", "d"), List.of("att a;", "att b;", "att c; samt", "att d.")),
                // Punctuation typed in the wrong places is replaced, not doubled.
                Arguments.of(List.of("att a; samt", "att b.", "att c;"), List.of("att a;", "att b; samt", "att c.")));
    }

    @ParameterizedTest
    @MethodSource("punctuationRule")
    void followsTheSwedishPunctuationRule(List<String> typed, List<String> printed) {
        DecisionBlock block = DecisionBlock.of(FORMULA, typed.toArray(String[]::new));
        assertThat(block.renderedClauses()).containsExactlyElementsOf(printed);
        assertThat(block.render()).isEqualTo(FORMULA + "\n\n" + String.join("\n\n", printed));
    }

    @Test
    void aSingleClauseEndsWithAFullStop() {
        DecisionBlock block = DecisionBlock.of("Regionstyrelsen beslutar", "att godkänna föredragningslistan");
        assertThat(block.render()).isEqualTo("Regionstyrelsen beslutar\n\natt godkänna föredragningslistan.");
    }

    @Test
    void aBlockWithoutClausesIsTheFormulaAlone() {
        DecisionBlock prose = DecisionBlock.of("Regionstyrelsen lägger informationen till handlingarna.");
        assertThat(prose.renderedClauses()).isEmpty();
        assertThat(prose.render()).isEqualTo("Regionstyrelsen lägger informationen till handlingarna.");
    }

    @Test
    void formulaIsRequiredAndStripped() {
        assertThat(DecisionBlock.of("  Regionstyrelsen beslutar \n").formula()).isEqualTo("Regionstyrelsen beslutar");
        assertThatThrownBy(() -> DecisionBlock.of(" ")).isInstanceOf(DomainException.class)
                .hasMessage("Beslutsformeln får inte vara tomt.");
        assertThatThrownBy(() -> new DecisionBlock(FORMULA, null)).isInstanceOf(DomainException.class);
    }

    @Test
    void withClauseAppendsAndLeavesTheOriginalUnchanged() {
        DecisionBlock one = DecisionBlock.of(FORMULA, "avge svar");
        DecisionBlock two = one.withClause(new Clause("uppdra till regiondirektören att återkomma"));
        assertThat(one.renderedClauses()).containsExactly("att avge svar.");
        assertThat(two.renderedClauses())
                .containsExactly("att avge svar; samt", "att uppdra till regiondirektören att återkomma.");
        assertThatThrownBy(() -> one.withClause(null)).isInstanceOf(DomainException.class);
    }

    @Test
    void withoutClauseRemovesByIndexAndLeavesTheOriginalUnchanged() {
        DecisionBlock full = seed98();
        DecisionBlock fewer = full.withoutClause(5);
        assertThat(full.clauses()).hasSize(6);
        assertThat(fewer.renderedClauses()).hasSize(5).last().asString().endsWith("kontroll.");
        assertThat(fewer.renderedClauses().get(3)).endsWith("uppdateras; samt");
        assertThatThrownBy(() -> full.withoutClause(6)).isInstanceOf(DomainException.class)
                .hasMessage("Att-sats 7 finns inte.");
        assertThatThrownBy(() -> full.withoutClause(-1)).isInstanceOf(DomainException.class);
    }

    @Test
    void clausesCannotBeChangedFromOutside() {
        List<Clause> input = new java.util.ArrayList<>(List.of(new Clause("a")));
        DecisionBlock block = new DecisionBlock(FORMULA, input);
        input.add(new Clause("b"));
        assertThat(block.clauses()).hasSize(1);
        assertThatThrownBy(() -> block.clauses().add(new Clause("c"))).isInstanceOf(UnsupportedOperationException.class);
    }
}
