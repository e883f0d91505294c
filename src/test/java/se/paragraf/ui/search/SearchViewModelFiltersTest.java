package se.paragraf.ui.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.paragraf.application.Services;
import se.paragraf.domain.assignment.DecisionRef;
import se.paragraf.domain.assignment.Due;
import se.paragraf.domain.paragraph.Paragraph;
import se.paragraf.domain.paragraph.ParagraphNumber;
import se.paragraf.domain.plan.GoalNode;
import se.paragraf.ui.TestArchive;
import se.paragraf.ui.task.SynchronousTaskExecutor;

/**
 * The window's filters justerat, has uppdrag and linked goal on a real demo archive, after the
 * secretary has justerat, accepted an uppdrag or linked a goal through the use cases.
 */
class SearchViewModelFiltersTest {
    @TempDir
    Path dataDir;
    private TestArchive archive;
    private Services services;
    private SearchViewModel viewModel;

    @BeforeEach
    void open() {
        archive = TestArchive.openIn(dataDir).withDemo();
        services = archive.services();
        viewModel = new SearchViewModel(services.searchParagraphs(), services.exportSearchResults(),
                services.renderMinutes(), new SynchronousTaskExecutor());
        viewModel.loadChoices();
    }

    @AfterEach
    void close() {
        archive.close();
    }

    @Test
    void withAndWithoutUppdragNarrowAtOnceAndWorkWithoutWords() {
        services.manageAssignments().accept(p98().id(), 0, 1, "Regiondirektören", "tillse en samlad utbildningsinsats",
                Due.NONE);
        type("revisionsrapport");
        assertThat(numbers()).contains("§ 98");

        viewModel.assignmentsProperty().set(viewModel.assignmentChoices().get(1));
        assertThat(numbers()).containsExactly("§ 98");
        viewModel.assignmentsProperty().set(viewModel.assignmentChoices().get(2));
        assertThat(numbers()).isNotEmpty().doesNotContain("§ 98");

        viewModel.assignmentsProperty().set(viewModel.assignmentChoices().get(1));
        type("");
        assertThat(numbers()).as("a filter alone is a question too").containsExactly("§ 98");
    }

    @Test
    void aGoalOfThePlanIsOfferedAsMalCodeTitleAndFindsTheParagraphsLinkedToIt() {
        GoalNode goal = services.managePlans().list().get(0).nodes().stream()
                .filter(n -> n.level() == GoalNode.Level.GOAL).findFirst().orElseThrow();
        services.linkGoals().link(goal.id(), DecisionRef.clause(p98().id(), 0, 1));
        viewModel.loadGoals();
        Choice<String> choice = viewModel.goalChoices().stream().filter(c -> goal.title().equals(c.value()))
                .findFirst().orElseThrow();
        assertThat(choice.label()).isEqualTo("Mål " + goal.label());
        assertThat(viewModel.goalChoices().get(0).label()).isEqualTo("Alla mål");

        type("");
        viewModel.goalProperty().set(choice);

        assertThat(numbers()).containsExactly("§ 98");
        assertThat(viewModel.failedProperty().get()).isFalse();
    }

    @Test
    void justeradeAndEjJusteradeFollowTheJusteringOfTheProtocol() {
        type("revisionsrapport");
        viewModel.adjustedProperty().set(viewModel.adjustedChoices().get(1));
        assertThat(numbers()).isEmpty();
        assertThat(viewModel.placeholderProperty().get()).startsWith("Inga paragrafer matchar \"revisionsrapport\"");

        services.adjustMinutes().readyForAdjustment(p98().meeting(), LocalDate.of(2025, 5, 21));
        services.adjustMinutes().adjust(p98().meeting(), LocalDate.of(2025, 5, 23));
        viewModel.search();
        assertThat(numbers()).contains("§ 98");

        viewModel.adjustedProperty().set(viewModel.adjustedChoices().get(2));
        assertThat(numbers()).doesNotContain("§ 98");
    }

    private Paragraph p98() {
        return services.showMeeting().show(archive.demoMeeting()).orElseThrow().paragraphs().stream()
                .filter(p -> p.number().equals(ParagraphNumber.of(98))).findFirst().orElseThrow();
    }

    private void type(String text) {
        viewModel.textProperty().set(text);
        viewModel.search();
    }

    private List<String> numbers() {
        return viewModel.results().stream().map(SearchResultItem::number).toList();
    }
}
