package se.paragraf.application.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.paragraf.domain.assignment.DecisionRef;
import se.paragraf.domain.paragraph.Paragraph;
import se.paragraf.domain.paragraph.ParagraphId;
import se.paragraf.domain.paragraph.ParagraphNumber;
import se.paragraf.domain.plan.GoalId;
import se.paragraf.domain.plan.OperationalPlan;
import se.paragraf.ui.TestArchive;

/** Suggestions, links and the goal page on the demo archive: the seed protocol and the seed 000 plan. */
class LinkGoalsTest {
    @TempDir
    Path dir;
    private TestArchive archive;
    private LinkGoals links;

    @BeforeEach
    void open() {
        archive = TestArchive.openIn(dir).withDemo();
        links = archive.services().linkGoals();
    }

    @AfterEach
    void close() {
        archive.close();
    }

    private ParagraphId seed(int number) {
        return archive.unitOfWork().transaction(r -> r.paragraphs().findAfter(null, 100).stream()
                .filter(p -> p.number().equals(ParagraphNumber.of(number))).findFirst().map(Paragraph::id).orElseThrow());
    }

    private OperationalPlan plan() {
        return archive.services().managePlans().list().get(0);
    }

    private GoalId goal(String code) {
        return plan().nodes().stream().filter(n -> code.equals(n.code())).findFirst().orElseThrow().id();
    }

    @Test
    void suggestionsRankTheGoalWhoseWordsTheDecisionSharesAndSayWhichWords() {
        List<RankedGoal> competence = links.suggest(seed(105), 3);
        assertThat(competence.get(0).goal().code()).isEqualTo("2.3.1");
        assertThat(competence.get(0).matchedWords()).contains("kompetensförsörjning", "medarbetare");
        assertThat(competence.get(0).planTitle()).isEqualTo("Regionstyrelsens verksamhetsplan 2024–2026");
        assertThat(competence).extracting(RankedGoal::score).isSortedAccordingTo((a, b) -> Double.compare(b, a));

        RankedGoal preparedness = links.suggest(seed(129), 1).get(0);
        assertThat(preparedness.goal().code()).isEqualTo("2.3.2");
        assertThat(preparedness.matchedWords()).contains("civil", "beredskap");

        assertThat(links.suggest(seed(110), 1).get(0).matchedWords()).contains("nära", "vård");
    }

    @Test
    void linkedDecisionsAndClausesAppearOnTheGoalPageOldestFirstAndLeaveTheSuggestions() {
        GoalId workplaces = goal("2.3.1");
        GoalId innovation = goal("2.3.2");
        links.link(workplaces, DecisionRef.whole(seed(105)));
        links.link(innovation, DecisionRef.clause(seed(98), 0, 5));
        links.link(innovation, DecisionRef.whole(seed(129)));
        links.link(innovation, DecisionRef.whole(seed(129)));

        GoalPage page = links.page(innovation);
        assertThat(page.goal().title()).isEqualTo("Vi främjar samarbete, innovation och utveckling");
        assertThat(page.decisions()).extracting(LinkedDecision::paragraphLabel).containsExactly("§ 129", "§ 98");
        LinkedDecision clause = page.decisions().get(1);
        assertThat(clause.decisionText()).isEqualTo("att uppdra till regiondirektören att ta fram förslag på, samt "
                + "fastställa åtgärder som syftar till en stärkt avtalsuppföljning");
        assertThat(clause.caseNumbers()).hasSize(1);
        assertThat(clause.boardName()).isEqualTo("Regionstyrelsen");
        assertThat(page.decisions().get(0).decisionText()).startsWith("att ");

        assertThat(links.suggest(seed(105), 5)).extracting(g -> g.goal().id()).doesNotContain(workplaces);
        assertThat(links.linksOf(seed(98))).singleElement()
                .satisfies(l -> assertThat(l.goal().goal().code()).isEqualTo("2.3.2"));

        links.unlink(innovation, DecisionRef.whole(seed(129)));
        assertThat(links.page(innovation).decisions()).hasSize(1);
    }

    @Test
    void linksSurviveSavingThePlanAndGoWithARemovedGoal() {
        GoalId workplaces = goal("2.3.1");
        links.link(workplaces, DecisionRef.whole(seed(105)));
        ManagePlans plans = archive.services().managePlans();
        plans.save(plan().retitle("Regionstyrelsens verksamhetsplan 2024–2026 (reviderad)", plan().period()));
        assertThat(links.page(workplaces).decisions()).hasSize(1);

        plans.save(plan().remove(workplaces));
        assertThat(links.linksOf(seed(105))).isEmpty();
    }
}
