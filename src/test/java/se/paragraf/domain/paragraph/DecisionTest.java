package se.paragraf.domain.paragraph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import se.paragraf.domain.shared.DomainException;

class DecisionTest {

    @Test
    void anInformationParagraphHasNoDecision() {
        assertThat(Decision.NONE.isEmpty()).isTrue();
        assertThat(Decision.NONE.clauseCount()).isZero();
        assertThat(Decision.NONE.render()).isEmpty();
    }

    @Test
    void countsAndRendersTheSeed98Decision() {
        Decision decision = Decision.of(DecisionBlockTest.seed98());
        assertThat(decision.isEmpty()).isFalse();
        assertThat(decision.clauseCount()).isEqualTo(6);
        assertThat(decision.render()).isEqualTo(DecisionBlockTest.seed98().render());
    }

    @Test
    void rendersSeveralBlocksSeparatedByABlankLineEachWithItsOwnPunctuation() {
        // Seed § 122: a proposal to fullmäktige, then a decision conditional on it.
        Decision decision = Decision.of(
                DecisionBlock.of("Regionstyrelsen föreslår att regionfullmäktige beslutar",
                        "fastställa ägardirektivet", "anta bolagsordningen"),
                DecisionBlock.of("Regionstyrelsen beslutar, under förutsättning av regionfullmäktiges beslut",
                        "uppdra till regiondirektören att verkställa beslutet"));
        assertThat(decision.clauseCount()).isEqualTo(3);
        assertThat(decision.render()).isEqualTo("""
                Regionstyrelsen föreslår att regionfullmäktige beslutar

                att fastställa ägardirektivet; samt

                att anta bolagsordningen.

                Regionstyrelsen beslutar, under förutsättning av regionfullmäktiges beslut

                att uppdra till regiondirektören att verkställa beslutet.""");
    }

    @Test
    void aProseBlockRendersAsItsFormula() {
        Decision decision = Decision.of(DecisionBlock.of("Informationen läggs till handlingarna."));
        assertThat(decision.clauseCount()).isZero();
        assertThat(decision.isEmpty()).isFalse();
        assertThat(decision.render()).isEqualTo("Informationen läggs till handlingarna.");
    }

    @Test
    void blocksAreRequired() {
        assertThatThrownBy(() -> new Decision(null)).isInstanceOf(DomainException.class);
    }
}
