package se.paragraf.ui.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.paragraf.domain.paragraph.ParagraphId;
import se.paragraf.ui.SeedAssignments;
import se.paragraf.ui.TestArchive;
import se.paragraf.ui.task.SynchronousTaskExecutor;

class EditorComponentsViewModelTest {
    @TempDir
    Path dir;
    private TestArchive archive;

    @BeforeEach
    void open() {
        archive = TestArchive.openIn(dir).withDemo();
    }

    @AfterEach
    void close() {
        archive.close();
    }

    @Test
    void assignmentsAreProposedEditedAcceptedAndRejected() {
        AssignmentSuggestionsViewModel vm = new AssignmentSuggestionsViewModel(archive.services().manageAssignments(),
                new SynchronousTaskExecutor());
        ParagraphId p99 = SeedAssignments.paragraph(archive, 99);
        vm.show(p99);
        assertThat(vm.suggestions()).hasSize(2);

        SuggestionRow first = vm.suggestions().get(0);
        first.dueDateProperty().set("30 juni");
        vm.accept(first);
        assertThat(vm.messageProperty().get()).contains("ÅÅÅÅ-MM-DD");
        first.dueDateProperty().set("2025-12-31");
        first.dueTextProperty().set("senast december 2025");
        first.assigneeProperty().set("Regiondirektören");
        vm.accept(first);

        assertThat(vm.messageProperty().get()).isEqualTo("Uppdraget till Regiondirektören är registrerat och står på bevakningslistan.");
        assertThat(vm.suggestions()).hasSize(1);
        assertThat(vm.registered()).singleElement().satisfies(w -> {
            assertThat(w.assignment().currentDue().date()).isEqualTo(LocalDate.of(2025, 12, 31));
            assertThat(w.assignment().currentDue().text()).isEqualTo("senast december 2025");
        });
        vm.reject(vm.suggestions().get(0));
        assertThat(vm.suggestions()).isEmpty();
        vm.show(p99);
        assertThat(vm.suggestions()).hasSize(1);

        vm.show(SeedAssignments.paragraph(archive, 96));
        assertThat(vm.messageProperty().get()).isEqualTo("Paragrafens att-satser ger inga nya uppdrag.");
    }

    @Test
    void goalsAreSuggestedSearchedConfirmedAndUnlinked() {
        GoalLinksViewModel vm = new GoalLinksViewModel(archive.services().linkGoals(), new SynchronousTaskExecutor());
        vm.show(SeedAssignments.paragraph(archive, 129));
        assertThat(vm.goals()).hasSize(9);
        assertThat(vm.suggestions().get(0).goal().code()).isEqualTo("2.3.2");
        assertThat(vm.suggestions().get(0).matchedWords()).contains("beredskap");

        javafx.scene.control.TreeItem<GoalTreeRow> whole = GoalTreeRow.tree(vm.plans(), vm.goals(), false);
        assertThat(whole.getChildren()).singleElement().satisfies(plan -> {
            assertThat(plan.getValue().planTitle()).isEqualTo("Regionstyrelsens verksamhetsplan 2024–2026");
            assertThat(plan.getChildren()).extracting(a -> a.getValue().goal().code()).containsExactly("2.1", "2.2", "2.3");
            assertThat(plan.getChildren().get(0).getChildren()).extracting(g -> g.getValue().goal().code()).containsExactly("2.1.1", "2.1.2");
            assertThat(plan.getChildren().get(0).getChildren().get(0).isExpanded()).isFalse();
        });

        vm.searchProperty().set("folkhälsa");
        assertThat(vm.goals()).extracting(g -> g.code()).containsExactly("2.1.2");
        javafx.scene.control.TreeItem<GoalTreeRow> found = GoalTreeRow.tree(vm.plans(), vm.goals(), true);
        var area = found.getChildren().get(0).getChildren();
        assertThat(area).singleElement().satisfies(a -> {
            assertThat(a.getValue().goal().code()).isEqualTo("2.1");
            assertThat(a.isExpanded()).isTrue();
            assertThat(a.getChildren()).extracting(g -> g.getValue().goal().code()).containsExactly("2.1.2");
        });
        vm.searchProperty().set("");

        vm.confirm(vm.suggestions().get(0).goal());
        assertThat(vm.links()).singleElement().satisfies(l -> assertThat(l.goal().goal().code()).isEqualTo("2.3.2"));
        assertThat(vm.messageProperty().get()).startsWith("Beslutet är kopplat till 2.3.2");
        assertThat(vm.suggestions()).extracting(s -> s.goal().code()).doesNotContain("2.3.2");

        vm.unlink(vm.links().get(0));
        assertThat(vm.links()).isEmpty();
    }
}
