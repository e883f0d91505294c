package se.paragraf.ui.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import se.paragraf.domain.plan.IndicatorKind;
import se.paragraf.domain.plan.OperationalPlan;
import se.paragraf.domain.plan.PlanAssignment;
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
                archive.services().reportFollowUp(),
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

    @Test
    void goalsSubGoalsAndIndicatorsAreAddedFromTheTreeAndTheNewRowIsSelectedForEditing() {
        viewModel.select(goal("2.3.1"));
        viewModel.addGoal();
        PlanNode added = viewModel.selectedProperty().get();
        assertThat(added.goal().title()).isEqualTo("Nytt mål");
        assertThat(added.goal().areaTitle()).isEqualTo(goal("2.3").title());
        assertThat(viewModel.editRequestsProperty().get()).isEqualTo(1);
        viewModel.titleProperty().set("Vi minskar klimatavtrycket");
        viewModel.saveDetail();

        viewModel.addSubGoal();
        assertThat(viewModel.selectedProperty().get().goal().goalTitle()).isEqualTo("Vi minskar klimatavtrycket");

        viewModel.addIndicator();
        PlanNode indicator = viewModel.selectedProperty().get();
        assertThat(indicator.isIndicator()).isTrue();
        viewModel.titleProperty().set("Resor med flyg");
        viewModel.kindProperty().set(IndicatorKind.QUALITATIVE);
        viewModel.values().get(0).targetProperty().set("Delvis");
        viewModel.saveDetail();
        assertThat(viewModel.messageProperty().get()).isEqualTo("Ändringen sparades.");

        OperationalPlan stored = archive.services().managePlans().list().get(0);
        Indicator saved = stored.indicators().filter(i -> i.id().equals(indicator.indicator().id())).findFirst().orElseThrow();
        assertThat(saved.name()).isEqualTo("Resor med flyg");
        assertThat(saved.kind()).isEqualTo(IndicatorKind.QUALITATIVE);
        assertThat(saved.value(2024, ValueKind.TARGET).orElseThrow().text()).isEqualTo("Delvis");
        assertThat(stored.nodes()).extracting(GoalNode::title).contains("Vi minskar klimatavtrycket", "Nytt delmål");
    }

    @Test
    void anIndicatorNeedsAGoalAndAGoalAreaComesFirst() {
        viewModel.select(goal("2.3"));
        viewModel.addIndicator();
        assertThat(viewModel.messageProperty().get()).isEqualTo("Välj först det mål eller delmål i trädet som indikatorn ska mäta.");
        assertThat(viewModel.canAddIndicator().get()).isFalse();
        viewModel.addArea();
        assertThat(viewModel.selectedProperty().get().goal().title()).isEqualTo("Nytt målområde");
        assertThat(viewModel.planProperty().get().areas()).hasSize(4);
    }

    @Test
    void removingAsksFirstAndRemovesEverythingUnderneath() {
        List<String> asked = new ArrayList<>();
        viewModel.setConfirmation(q -> asked.add(q) && false);
        viewModel.select(goal("2.2.2"));
        viewModel.removeSelected();
        assertThat(asked).containsExactly("Ta bort målet \"" + goal("2.2.2").label() + "\" med dess delmål och indikatorer?");
        assertThat(viewModel.planProperty().get().node(goal("2.2.2").id())).isPresent();

        viewModel.setConfirmation(q -> true);
        GoalNode removed = goal("2.2.2");
        viewModel.select(removed);
        viewModel.removeSelected();
        assertThat(viewModel.messageProperty().get()).isEqualTo("Raden togs bort ur planen.");
        OperationalPlan stored = archive.services().managePlans().list().get(0);
        assertThat(stored.node(removed.id())).isEmpty();
        assertThat(stored.indicators()).noneMatch(i -> removed.indicators().contains(i));
    }

    @Test
    void aGoalThatDecisionsAreLinkedToIsNotRemovedAndTheSecretaryIsToldWhy() {
        for (int number : new int[] {105, 106}) {
            Paragraph p = archive.unitOfWork().transaction(r -> r.paragraphs().findAfter(null, 100).stream()
                    .filter(x -> x.number().equals(ParagraphNumber.of(number))).findFirst().orElseThrow());
            archive.services().linkGoals().link(goal("2.3.1").id(), DecisionRef.whole(p.id()));
        }
        List<String> asked = new ArrayList<>();
        viewModel.setConfirmation(asked::add);

        viewModel.select(goal("2.3"));
        viewModel.removeSelected();

        assertThat(asked).isEmpty();
        assertThat(viewModel.messageProperty().get()).startsWith("Du kan inte ta bort målområdet \"" + goal("2.3").label()
                + "\": 2 beslut är kopplade till det eller till det som ligger under");
        assertThat(archive.services().managePlans().list().get(0).node(goal("2.3.1").id())).isPresent();
        assertThat(archive.services().linkGoals().page(goal("2.3.1").id()).decisions()).hasSize(2);
    }

    @Test
    void thePlansOwnAssignmentsAreAddedEditedAndRemovedInTheTree() {
        viewModel.setConfirmation(q -> true);
        int before = viewModel.planProperty().get().assignments().size();
        viewModel.addAssignment();
        PlanNode row = viewModel.selectedProperty().get();
        assertThat(row.isAssignment()).isTrue();
        viewModel.descriptionProperty().set("Ta fram en plan för minskad klimatpåverkan");
        viewModel.directedToProperty().set("Hälso- och sjukvårdsnämnden och regionstyrelsen");
        viewModel.dueTextProperty().set("Senast juni 2025");
        viewModel.saveDetail();
        PlanAssignment saved = archive.services().managePlans().list().get(0).assignments().get(before);
        assertThat(saved.directedTo()).containsExactly("Hälso- och sjukvårdsnämnden", "regionstyrelsen");
        assertThat(saved.due().date()).isEqualTo(java.time.LocalDate.of(2025, 6, 30));

        viewModel.removeSelected();
        assertThat(archive.services().managePlans().list().get(0).assignments()).hasSize(before);
    }

    @Test
    void aNewPlanIsCreatedForABoardAndPeriod() {
        viewModel.loadBoards(() -> { });
        var board = viewModel.boards().get(0);
        viewModel.createPlan(board.id(), "Plan 2030", "2030–2031");
        assertThat(viewModel.planProperty().get().title()).isEqualTo("Plan 2030");
        viewModel.createPlan(board.id(), "Igen", "2030-2031");
        assertThat(viewModel.messageProperty().get()).startsWith("Organet har redan en plan för 2030–2031");
        viewModel.createPlan(board.id(), "Fel", "snart");
        assertThat(viewModel.messageProperty().get()).contains("kunde inte läsas");
    }

    @Test
    void theFollowUpReportOffersThePlansYearsAndIsSavedWhereChosen() throws Exception {
        assertThat(viewModel.reportPeriods()).extracting(ReportPeriod::label)
                .startsWith("Delår 2024 (jan–aug)", "Helår 2024").contains("Helår 2026");
        ReportPeriod delar = viewModel.reportPeriods().get(0);
        assertThat(delar.to()).isEqualTo(java.time.LocalDate.of(2024, 8, 31));
        Path file = dir.resolve("uppföljning.pdf");
        viewModel.exportReport(java.time.LocalDate.of(2025, 1, 1), java.time.LocalDate.of(2025, 8, 31), file);
        assertThat(viewModel.messageProperty().get()).isEqualTo("Uppföljningsrapporten sparades i " + file + ".");
        assertThat(se.paragraf.document.PdfReadBack.text(file)).contains("Uppföljning: Regionstyrelsens verksamhetsplan");
        viewModel.exportReport(java.time.LocalDate.of(2025, 8, 31), java.time.LocalDate.of(2025, 1, 1), file);
        assertThat(viewModel.messageProperty().get()).startsWith("Perioden måste sluta samma dag eller senare");
    }
}
