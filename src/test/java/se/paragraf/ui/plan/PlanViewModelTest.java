package se.paragraf.ui.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.paragraf.domain.assignment.DecisionRef;
import se.paragraf.domain.paragraph.Paragraph;
import se.paragraf.domain.paragraph.ParagraphNumber;
import se.paragraf.domain.plan.GoalNode;
import se.paragraf.domain.plan.Indicator;
import se.paragraf.domain.plan.ValueKind;
import se.paragraf.ui.TestArchive;
import se.paragraf.ui.task.SynchronousTaskExecutor;

class PlanViewModelTest {
    @TempDir
    Path dir;
    private TestArchive archive;
    private PlanViewModel viewModel;

    @BeforeEach
    void open() {
        archive = TestArchive.openIn(dir.resolve("archive")).withDemo();
        viewModel = new PlanViewModel(archive.services().managePlans(), archive.services().linkGoals(),
                new SynchronousTaskExecutor());
        viewModel.load();
    }

    @AfterEach
    void close() {
        archive.close();
    }

    private GoalNode goal(String code) {
        return viewModel.planProperty().get().nodes().stream().filter(n -> code.equals(n.code())).findFirst().orElseThrow();
    }

    @Test
    void aGoalShowsItsFormAndItsPageOfLinkedDecisions() {
        Paragraph p105 = archive.unitOfWork().transaction(r -> r.paragraphs().findAfter(null, 100).stream()
                .filter(p -> p.number().equals(ParagraphNumber.of(105))).findFirst().orElseThrow());
        archive.services().linkGoals().link(goal("2.3.1").id(), DecisionRef.whole(p105.id()));

        viewModel.select(goal("2.3.1"));

        assertThat(viewModel.codeProperty().get()).isEqualTo("2.3.1");
        assertThat(viewModel.titleProperty().get()).isEqualTo("Vi erbjuder attraktiva arbetsplatser för medarbetare och chefer");
        assertThat(viewModel.descriptionProperty().get()).startsWith("Bevaka och analysera");
        assertThat(viewModel.goalHeadingProperty().get()).startsWith("Beslut som bidrar till 2.3.1");
        assertThat(viewModel.decisions()).singleElement().satisfies(d -> assertThat(d.paragraphLabel()).isEqualTo("§ 105"));
    }

    @Test
    void editingAGoalAndAnIndicatorSavesThePlanAndKeepsTheSelection() {
        viewModel.select(goal("2.2.2"));
        viewModel.titleProperty().set("Vi bedriver trygg och säker vård");
        viewModel.saveDetail();
        assertThat(viewModel.messageProperty().get()).isEqualTo("Ändringen sparades.");
        assertThat(archive.services().managePlans().list().get(0).node(goal("2.2.2").id()).orElseThrow().title())
                .isEqualTo("Vi bedriver trygg och säker vård");
        assertThat(viewModel.selectedProperty().get().goal().title()).isEqualTo("Vi bedriver trygg och säker vård");

        GoalNode owner = goal("2.2.2");
        Indicator hse = owner.indicators().get(0);
        viewModel.selectedProperty().set(PlanNode.of(owner, hse));
        assertThat(viewModel.values()).extracting(ValueRow::year).containsExactly(2021, 2022, 2024, 2025, 2026);
        ValueRow y2024 = viewModel.values().stream().filter(v -> v.year() == 2024).findFirst().orElseThrow();
        assertThat(y2024.targetProperty().get()).isEqualTo(">75");
        y2024.outcomeProperty().set("76");
        viewModel.saveDetail();
        Indicator saved = archive.services().managePlans().list().get(0).indicators()
                .filter(i -> i.id().equals(hse.id())).findFirst().orElseThrow();
        assertThat(saved.value(2024, ValueKind.OUTCOME).orElseThrow().text()).isEqualTo("76");
    }

    @Test
    void aQualitativeValueThatIsNotJaDelvisNejIsExplainedAndNothingIsSaved() {
        GoalNode owner = goal("2.3.2");
        Indicator civil = owner.indicators().stream().filter(i -> i.name().startsWith("Civil")).findFirst().orElseThrow();
        viewModel.selectedProperty().set(PlanNode.of(owner, civil));
        viewModel.values().get(0).targetProperty().set("75 %");
        viewModel.saveDetail();
        assertThat(viewModel.messageProperty().get()).contains("ska vara Ja, Delvis eller Nej");
    }

    @Test
    void copyAndImportReportWhatHappened() throws Exception {
        viewModel.copyToNextPeriod();
        assertThat(viewModel.plans()).hasSize(2);
        assertThat(viewModel.planProperty().get().title()).isEqualTo("Regionstyrelsens verksamhetsplan 2027–2029");
        assertThat(viewModel.messageProperty().get()).startsWith("Planen kopierades till Regionstyrelsens verksamhetsplan 2027–2029");

        Path bad = dir.resolve("fel.csv");
        Files.writeString(bad, "Mål;Indikator;Typ\nGod hälsa;Rökning;rund\n", StandardCharsets.UTF_8);
        viewModel.importFile(bad);
        assertThat(viewModel.messageProperty().get()).contains("Rad 2: typen \"rund\" är okänd");

        Path good = dir.resolve("nya-mål.csv");
        Files.writeString(good, "Mål;Indikator;Utfall 2026;Målnivå 2027\nGod hälsa;Andel rökare;12 %;10 %\n", StandardCharsets.UTF_8);
        viewModel.importFile(good);
        assertThat(viewModel.messageProperty().get()).isEqualTo("Tabellen nya-mål.csv importerades till planen.");
        assertThat(viewModel.planProperty().get().nodes()).extracting(GoalNode::title).contains("God hälsa");
    }
}
