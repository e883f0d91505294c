package se.paragraf.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.paragraf.application.search.SearchHit;
import se.paragraf.application.search.SearchQuery;
import se.paragraf.domain.assignment.Assignment;
import se.paragraf.domain.assignment.DecisionRef;
import se.paragraf.domain.assignment.Due;
import se.paragraf.domain.matter.CaseNumber;
import se.paragraf.domain.meeting.MeetingId;
import se.paragraf.domain.paragraph.Paragraph;
import se.paragraf.domain.paragraph.ParagraphNumber;
import se.paragraf.domain.plan.Goal;
import se.paragraf.domain.plan.GoalArea;
import se.paragraf.domain.plan.GoalId;
import se.paragraf.domain.plan.OperationalPlan;
import se.paragraf.domain.plan.Period;

/**
 * The filters justerat, has assignments and linked goal follow what the secretary does: after
 * justering, accepting or linking an uppdrag and linking a goal, and again after a rebuild from
 * the database. "revisionsrapport" finds §§ 45 (fullmäktige), 71 (utskottet), 98 and 99 (styrelsen).
 */
class SearchFiltersTest {
    private static final String STRONGER_FOLLOW_UP = "Stärkt avtalsuppföljning";

    @TempDir
    Path dataDir;
    private SearchFixture archive;

    @BeforeEach
    void open() {
        archive = SearchFixture.withArchive(dataDir);
    }

    @AfterEach
    void close() {
        archive.close();
    }

    @Test
    void aJusteratProtocolsParagraphsAreFoundAsJusteradeAndTheOthersAsNot() {
        MeetingId styrelsen = paragraph(98).meeting();
        archive.services.adjustMinutes().readyForAdjustment(styrelsen, LocalDate.of(2025, 5, 21));
        assertThat(numbers(SearchQuery.of("revisionsrapport").adjusted(true))).isEmpty();

        archive.services.adjustMinutes().adjust(styrelsen, LocalDate.of(2025, 5, 23));

        inIndexAndAfterRebuild(() -> {
            assertThat(numbers(SearchQuery.of("revisionsrapport").adjusted(true))).containsExactlyInAnyOrder(98, 99);
            assertThat(numbers(SearchQuery.of("revisionsrapport").adjusted(false))).containsExactlyInAnyOrder(45, 71);
        });
        assertThat(archive.services.lookupCase().lookup(CaseNumber.parse("25RS1523")).entries())
                .extracting(e -> e.boardName() + " " + e.adjusted())
                .containsExactly("Finansutskottet false", "Regionstyrelsen true", "Regionfullmäktige false");
    }

    @Test
    void anImmediatelyJusteradParagraphIsJusteradBeforeItsProtocol() {
        Paragraph council = archive.save(paragraph(45).adjustImmediately(true));
        archive.services.adjustParagraph().adjustImmediately(council.id(), LocalDate.of(2025, 6, 18));

        inIndexAndAfterRebuild(() -> {
            assertThat(numbers(SearchQuery.of("revisionsrapport").adjusted(true))).containsExactly(45);
            assertThat(numbers(SearchQuery.of("revisionsrapport").adjusted(false))).containsExactlyInAnyOrder(71, 98, 99);
        });
    }

    @Test
    void anAcceptedAssignmentAndTheParagraphsThatReportBackOnItHaveAssignmentsUntilItIsDeleted() {
        assertThat(numbers(SearchQuery.of("").withAssignments(true))).isEmpty();
        Assignment given = archive.services.manageAssignments().accept(paragraph(98).id(), 0, 1, "Regiondirektören",
                "stärka avtalsuppföljningen", Due.NONE);
        archive.services.manageAssignments().reportBack(given.id(), paragraph(100).id(), false);

        inIndexAndAfterRebuild(() -> {
            assertThat(numbers(SearchQuery.of("").withAssignments(true))).containsExactlyInAnyOrder(98, 100);
            assertThat(numbers(SearchQuery.of("revisionsrapport").withAssignments(false)))
                    .containsExactlyInAnyOrder(45, 71, 99);
        });

        archive.services.manageAssignments().delete(given.id());
        assertThat(numbers(SearchQuery.of("").withAssignments(true))).isEmpty();
    }

    @Test
    void aLinkedGoalFindsItsParagraphByTitleAlsoWhenRenamedAndNotOnceUnlinked() {
        GoalId goal = archive.services.managePlans().ids().goal();
        OperationalPlan plan = styrelsensPlan(goal);
        DecisionRef clause = DecisionRef.clause(paragraph(98).id(), 0, 1);
        archive.services.linkGoals().link(goal, clause);

        inIndexAndAfterRebuild(() -> {
            assertThat(numbers(SearchQuery.of("").linkedTo(STRONGER_FOLLOW_UP))).containsExactly(98);
            assertThat(numbers(SearchQuery.of("revisionsrapport").linkedTo("God och nära vård"))).isEmpty();
        });

        Goal renamed = plan.areas().get(0).goals().get(0).describe(null, "Effektiv avtalsuppföljning", null);
        archive.services.managePlans().save(plan.replaceGoal(renamed));
        assertThat(numbers(SearchQuery.of("").linkedTo(STRONGER_FOLLOW_UP))).isEmpty();
        assertThat(numbers(SearchQuery.of("").linkedTo("Effektiv avtalsuppföljning"))).containsExactly(98);

        archive.services.linkGoals().unlink(goal, clause);
        assertThat(numbers(SearchQuery.of("").linkedTo("Effektiv avtalsuppföljning"))).isEmpty();
    }

    private OperationalPlan styrelsensPlan(GoalId goal) {
        OperationalPlan empty = archive.services.managePlans().create(archive.styrelsen.id(),
                "Regionstyrelsens verksamhetsplan 2025–2027", Period.of(2025, 2027));
        GoalId area = archive.services.managePlans().ids().goal();
        return archive.services.managePlans().save(empty
                .addArea(new GoalArea(area, "1", "Hållbar ekonomi", List.of()))
                .addGoal(area, new Goal(goal, "1.1", STRONGER_FOLLOW_UP, null, List.of(), List.of())));
    }

    /** What the index says after the use case, and what a rebuild from the database says: the same. */
    private void inIndexAndAfterRebuild(Runnable check) {
        check.run();
        archive.services.rebuildIndex().rebuild();
        check.run();
    }

    private Paragraph paragraph(int number) {
        return archive.unitOfWork().transaction(r -> r.paragraphs().findAfter(null, 100).stream()
                .filter(p -> p.number().equals(ParagraphNumber.of(number))).findFirst().orElseThrow());
    }

    private List<Integer> numbers(SearchQuery query) {
        return archive.services.searchParagraphs().search(query).hits().stream().map(SearchHit::number)
                .map(n -> Integer.parseInt(n.toString())).toList();
    }
}
