package se.paragraf.domain.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import se.paragraf.domain.assignment.Due;
import se.paragraf.domain.board.BoardId;
import se.paragraf.domain.shared.DomainException;

class OperationalPlanTest {
    private final AtomicLong ids = new AtomicLong(100);

    private GoalId goalId() {
        return new GoalId(ids.incrementAndGet());
    }

    private IndicatorId indicatorId() {
        return new IndicatorId(ids.incrementAndGet());
    }

    private OperationalPlan plan() {
        GoalArea area = new GoalArea(new GoalId(1), "2.3", "Vi skapar mervärde för befolkningen", List.of());
        Goal goal = new Goal(new GoalId(2), "2.3.1", "Vi erbjuder attraktiva arbetsplatser", "Bevaka ledarskapet.",
                List.of(), List.of());
        Indicator hme = new Indicator(new IndicatorId(3), "HME totalindex", IndicatorKind.QUANTITATIVE, "index", List.of())
                .withValue(2022, ValueKind.OUTCOME, "RVN 77, RLF 74").withValue(2024, ValueKind.TARGET, "Bibehålla/öka");
        return OperationalPlan.empty(new PlanId(1), new BoardId(1), "Regionstyrelsens verksamhetsplan 2024–2026",
                        Period.of(2024, 2026))
                .addArea(area).addGoal(area.id(), goal).addIndicator(goal.id(), hme)
                .withAssignments(List.of(new PlanAssignment("Regionfullmäktige", List.of("Regionstyrelsen"),
                        "Minska tjänsteresandet", new Due(null, "Senast juni 2019"))));
    }

    @Test
    void periodsFollowEachOtherAndParseSwedishDashes() {
        assertThat(Period.parse("2024–2026")).isEqualTo(Period.of(2024, 2026));
        assertThat(Period.parse("2025")).isEqualTo(Period.of(2025, 2025));
        assertThat(Period.of(2024, 2026).next()).isEqualTo(Period.of(2027, 2029));
        assertThat(Period.of(2025, 2025).next()).isEqualTo(Period.of(2026, 2026));
        assertThatThrownBy(() -> Period.parse("tjugotjugofyra")).isInstanceOf(DomainException.class)
                .hasMessageContaining("2024–2026");
        assertThatThrownBy(() -> Period.of(2026, 2024)).hasMessageContaining("sluta samma år eller senare");
    }

    @Test
    void goalTreeIsListedInPlanOrderWithItsLevels() {
        OperationalPlan plan = plan().addSubGoal(new GoalId(2), new SubGoal(goalId(), null, "Minskad personalomsättning", List.of()));
        assertThat(plan.nodes()).extracting(GoalNode::level)
                .containsExactly(GoalNode.Level.AREA, GoalNode.Level.GOAL, GoalNode.Level.SUB_GOAL);
        assertThat(plan.node(new GoalId(2)).orElseThrow().label()).isEqualTo("2.3.1 Vi erbjuder attraktiva arbetsplatser");
        assertThat(plan.indicators()).hasSize(1);
    }

    @Test
    void qualitativeIndicatorsTakeOnlyJaDelvisNej() {
        Indicator civil = new Indicator(indicatorId(), "Civil beredskap", IndicatorKind.QUALITATIVE, null, List.of());
        assertThat(civil.withValue(2024, ValueKind.OUTCOME, "delvis").value(2024, ValueKind.OUTCOME)).isPresent();
        assertThatThrownBy(() -> civil.withValue(2024, ValueKind.TARGET, "75"))
                .isInstanceOf(DomainException.class).hasMessageContaining("Ja, Delvis eller Nej");
    }

    @Test
    void quantitativeValuesKeepTheirTextAndReadAPlainNumber() {
        assertThat(new IndicatorValue(2022, ValueKind.OUTCOME, "100 %").number()).hasValueSatisfying(n -> assertThat(n).isEqualByComparingTo("100"));
        assertThat(new IndicatorValue(2024, ValueKind.TARGET, ">75").number()).hasValueSatisfying(n -> assertThat(n).isEqualByComparingTo("75"));
        assertThat(new IndicatorValue(2022, ValueKind.OUTCOME, "RVN 77, RLF 74").number()).isEmpty();
    }

    @Test
    void removingAGoalTakesItsIndicatorsAlong() {
        OperationalPlan plan = plan().remove(new GoalId(2));
        assertThat(plan.nodes()).hasSize(1);
        assertThat(plan.indicators()).isEmpty();
        assertThatThrownBy(() -> plan.addGoal(new GoalId(2), new Goal(goalId(), null, "X", null, List.of(), List.of())))
                .hasMessageContaining("finns inte längre");
    }

    @Test
    void aGoalCannotBeAddedUnderAGoal() {
        assertThatThrownBy(() -> plan().addGoal(new GoalId(2), new Goal(goalId(), null, "X", null, List.of(), List.of())))
                .hasMessageContaining("är ett mål, inte ett målområde");
    }

    @Test
    void copyToNextPeriodRenewsIdsKeepsOutcomesAndDropsTargetsAndAssignments() {
        OperationalPlan copy = plan().copyToNextPeriod(new PlanId(2), this::goalId, this::indicatorId);
        assertThat(copy.period()).isEqualTo(Period.of(2027, 2029));
        assertThat(copy.title()).isEqualTo("Regionstyrelsens verksamhetsplan 2027–2029");
        assertThat(copy.nodes()).extracting(GoalNode::title)
                .containsExactly("Vi skapar mervärde för befolkningen", "Vi erbjuder attraktiva arbetsplatser");
        assertThat(copy.nodes()).extracting(GoalNode::id).doesNotContain(new GoalId(1), new GoalId(2));
        Indicator copied = copy.indicators().findFirst().orElseThrow();
        assertThat(copied.id()).isNotEqualTo(new IndicatorId(3));
        assertThat(copied.values()).extracting(IndicatorValue::label).containsExactly("Utfall 2022");
        assertThat(copy.assignments()).isEmpty();
        assertThat(copy.areas().get(0).goals().get(0).description()).isEqualTo("Bevaka ledarskapet.");
    }

    @Test
    void theSameGoalIdTwiceIsRefused() {
        GoalArea area = new GoalArea(new GoalId(1), null, "A", List.of());
        assertThatThrownBy(() -> OperationalPlan.empty(new PlanId(1), new BoardId(1), "P", Period.of(2024, 2024))
                .addArea(area).addArea(area)).hasMessageContaining("två gånger");
    }
}
