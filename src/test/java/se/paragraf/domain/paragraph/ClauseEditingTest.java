package se.paragraf.domain.paragraph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.paragraf.domain.shared.DomainException;

class ClauseEditingTest {
    private static final DecisionBlock BLOCK = DecisionBlock.of("Regionstyrelsen beslutar", "a", "b", "c");

    private static String texts(DecisionBlock block) {
        return String.join(",", block.clauses().stream().map(Clause::text).toList());
    }

    @ParameterizedTest(name = "move {0} to {1}: {2}")
    @CsvSource({"0, 2, 'b,c,a'", "2, 0, 'c,a,b'", "1, 1, 'a,b,c'"})
    void movingClausesRerendersThePunctuation(int from, int to, String expected) {
        DecisionBlock moved = BLOCK.moveClause(from, to);
        assertThat(texts(moved)).isEqualTo(expected);
        assertThat(moved.renderedClauses().get(2)).endsWith(".");
        assertThat(moved.renderedClauses().get(1)).endsWith("; samt");
    }

    @Test
    void insertReplaceAndReformulate() {
        assertThat(texts(BLOCK.withClause(1, new Clause("x")))).isEqualTo("a,x,b,c");
        assertThat(texts(BLOCK.replaceClause(2, new Clause("att z;")))).isEqualTo("a,b,z");
        assertThat(BLOCK.reformulate("Regionstyrelsen beslutar på finansutskottets förslag").formula())
                .endsWith("förslag");
        assertThatThrownBy(() -> BLOCK.withClause(4, new Clause("x"))).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> BLOCK.moveClause(3, 0)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> BLOCK.moveClause(0, 3)).isInstanceOf(DomainException.class);
    }

    @Test
    void decisionBlocksAreAddedReplacedAndRemoved() {
        Decision decision = Decision.NONE.withBlock(BLOCK).withBlock(DecisionBlock.of("Under förutsättning av …", "d"));
        assertThat(decision.clauseCount()).isEqualTo(4);
        assertThat(decision.replaceBlock(1, BLOCK).blocks()).containsExactly(BLOCK, BLOCK);
        assertThat(decision.withoutBlock(0).blocks()).hasSize(1);
        assertThatThrownBy(() -> decision.withoutBlock(2)).isInstanceOf(DomainException.class);
    }
}
