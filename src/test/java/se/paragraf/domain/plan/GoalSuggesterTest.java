package se.paragraf.domain.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.paragraf.domain.board.BoardId;

class GoalSuggesterTest {
    private static List<GoalNode> goals() {
        GoalArea area = new GoalArea(new GoalId(1), "2.3", "Mervärde", List.of(
                new Goal(new GoalId(2), "2.3.1", "Vi erbjuder attraktiva arbetsplatser",
                        "Tillse att proaktiva insatser i kompetensförsörjningen genomförs.", List.of(), List.of()),
                new Goal(new GoalId(3), "2.3.2", "Vi främjar samarbete, innovation och utveckling",
                        "Säkerställa att arbetet med civil beredskap och informationssäkerhet får effekt.", List.of(), List.of())));
        return OperationalPlan.empty(new PlanId(1), new BoardId(1), "Plan", Period.of(2024, 2026)).addArea(area).nodes();
    }

    @Test
    void inflectedFormsMeetAndTheMatchIsExplainedInTheDecisionsWords() {
        List<GoalSuggestion> ranked = new GoalSuggester(goals())
                .suggest("Uppföljning av kompetensförsörjning inom regionstyrelsens verksamheter", 5);
        assertThat(ranked).hasSize(1);
        assertThat(ranked.get(0).goal().code()).isEqualTo("2.3.1");
        assertThat(ranked.get(0).matchedWords()).containsExactly("kompetensförsörjning");
        assertThat(ranked.get(0).score()).isBetween(0.0, 1.0);
    }

    @Test
    void goalAreasAreNotSuggestedAndUnrelatedTextGivesNothing() {
        GoalSuggester suggester = new GoalSuggester(goals());
        assertThat(suggester.suggest("Mervärde", 5)).isEmpty();
        assertThat(suggester.suggest("Val av justerare", 5)).isEmpty();
        assertThat(suggester.suggest("Civil beredskap ska stärkas; civila beredskapen", 5).get(0).matchedWords())
                .containsExactly("beredskap", "civil");
    }

    @Test
    void stemmingIsLightAndNeverLeavesAShortStem() {
        assertThat(SwedishTerms.stem("kompetensförsörjningen")).isEqualTo(SwedishTerms.stem("kompetensförsörjning"));
        assertThat(SwedishTerms.stem("beredskapen")).isEqualTo("beredskap");
        assertThat(SwedishTerms.stem("vården")).isEqualTo("vård");
        assertThat(SwedishTerms.stem("mål")).isEqualTo("mål");
    }
}
