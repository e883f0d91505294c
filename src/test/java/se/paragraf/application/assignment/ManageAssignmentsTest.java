package se.paragraf.application.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.paragraf.application.agenda.EditAgenda;
import se.paragraf.application.search.ReindexParagraphs;
import se.paragraf.domain.assignment.Assignment;
import se.paragraf.domain.assignment.AssignmentStatus;
import se.paragraf.domain.assignment.Due;
import se.paragraf.domain.paragraph.ParagraphId;
import se.paragraf.ui.TestArchive;

/** Linking, extending and reporting back through the application layer, on the demo archive. */
class ManageAssignmentsTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 6, 2);
    @TempDir
    Path dir;
    private TestArchive archive;
    private ManageAssignments assignments;
    private DemoParagraphs demo;
    private final Clock clock = Clock.fixed(TODAY.atStartOfDay(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault());

    @BeforeEach
    void open() {
        archive = TestArchive.openIn(dir).withDemo();
        assignments = new ManageAssignments(archive.unitOfWork(), clock,
                new ReindexParagraphs(archive.unitOfWork(), archive.index()));
        demo = new DemoParagraphs(archive.unitOfWork());
    }

    @AfterEach
    void close() {
        archive.close();
    }

    @Test
    void paragraph98ProposesItsFiveAssignmentsAndAcceptedOnesAreNotProposedAgain() {
        ParagraphId p98 = demo.seed(98);
        List<ClauseProposal> proposals = assignments.propose(p98);
        assertThat(proposals).hasSize(5).allSatisfy(p -> {
            assertThat(p.proposal().assignee()).isEqualTo("regiondirektören");
            assertThat(p.proposal().due()).isEqualTo(Due.NONE);
        });
        assertThat(proposals).extracting(ClauseProposal::clause).containsExactly(1, 2, 3, 4, 5);

        ClauseProposal first = proposals.get(0);
        Assignment accepted = assignments.accept(p98, first.block(), first.clause(), "Regiondirektören",
                first.proposal().task(), new Due(LocalDate.of(2025, 12, 31), "under hösten 2025"));
        assertThat(accepted.givenOn()).isEqualTo(LocalDate.of(2025, 5, 20));
        assertThat(assignments.propose(p98)).hasSize(4);
        assertThat(assignments.forParagraph(p98)).singleElement().satisfies(w -> {
            assertThat(w.origin()).isEqualTo("§ 98, 2025-05-20");
            assertThat(w.status()).isEqualTo(AssignmentStatus.OPEN);
        });
        assertThatThrownBy(() -> assignments.accept(p98, first.block(), first.clause(), "x", "y", Due.NONE))
                .hasMessageContaining("redan registrerat");
    }

    @Test
    void paragraph114IsDueUnderTheAutumnAndAppearsOnTheWatchList() {
        ClauseProposal p = assignments.propose(demo.seed(114)).get(0);
        assertThat(p.proposal().due()).isEqualTo(new Due(LocalDate.of(2025, 12, 31), "under hösten 2025"));
        assignments.accept(demo.seed(114), p.block(), p.clause(), p.proposal().assignee(), p.proposal().task(), p.proposal().due());
        assertThat(assignments.watchList()).singleElement().satisfies(w -> {
            assertThat(w.assignment().task()).startsWith("återkomma till regionstyrelsen med konkreta förslag");
            assertThat(w.boardName()).isEqualTo("Regionstyrelsen");
        });
    }

    @Test
    void paragraph123ExtendsTheFebruaryPetDtAssignmentToTheSeptemberMeeting() {
        ParagraphId february = demo.earlier(LocalDate.of(2025, 2, 11), 20, "25RS383", "Tilläggsbudget förstudie PET-DT",
                "uppdra till regiondirektören att göra en förstudie om PET/DT som återrapporteras i maj");
        demo.meeting(LocalDate.of(2025, 9, 16));
        ClauseProposal p = assignments.propose(february).get(0);
        assertThat(p.proposal().due().date()).isEqualTo(LocalDate.of(2025, 5, 31));
        Assignment petDt = assignments.accept(february, p.block(), p.clause(), p.proposal().assignee(), p.proposal().task(),
                p.proposal().due());
        assertThat(assignments.show(petDt.id()).status()).isEqualTo(AssignmentStatus.OVERDUE);

        ParagraphId p123 = demo.seed(123);
        assertThat(assignments.signal(p123)).isEqualTo(ManageAssignments.Signal.EXTENDS);
        assertThat(assignments.candidatesFor(p123)).first().extracting(w -> w.assignment().id()).isEqualTo(petDt.id());
        Assignment extended = assignments.extend(petDt.id(), p123, null);

        assertThat(extended.currentDue()).isEqualTo(new Due(LocalDate.of(2025, 9, 16), "till Regionstyrelsens möte i september"));
        assertThat(assignments.show(petDt.id()).status()).isEqualTo(AssignmentStatus.EXTENDED);
        assertThat(assignments.forParagraph(p123)).extracting(w -> w.assignment().id()).containsExactly(petDt.id());
    }

    @Test
    void paragraph109ReportsBackAndTheFinalReportClosesTheAssignment() {
        ParagraphId march2024 = demo.earlier(LocalDate.of(2024, 3, 15), 33, "23RS13078",
                "Fördelning av medel, Ökad tillgänglighet i hälso- och sjukvården 2024",
                "uppdra till regiondirektören att lämna information om återrapporteringen till staten till styrelsen senast i maj 2025");
        ClauseProposal p = assignments.propose(march2024).get(0);
        Assignment given = assignments.accept(march2024, p.block(), p.clause(), p.proposal().assignee(), p.proposal().task(),
                p.proposal().due());

        ParagraphId p109 = demo.seed(109);
        assertThat(assignments.signal(p109)).isEqualTo(ManageAssignments.Signal.REPORTS_BACK);
        assertThat(assignments.signal(demo.seed(98))).isEqualTo(ManageAssignments.Signal.NONE);
        Assignment closed = assignments.reportBack(given.id(), p109, true);

        assertThat(closed.status(TODAY)).isEqualTo(AssignmentStatus.CLOSED);
        assertThat(assignments.watchList()).isEmpty();
        assertThat(assignments.list(false)).hasSize(1);
        assertThatThrownBy(() -> assignments.reportBack(given.id(), demo.seed(110), false)).hasMessageContaining("avslutat");
    }

    @Test
    void overdueListingKeepsOnlyTheOverdue() {
        ParagraphId february = demo.earlier(LocalDate.of(2025, 2, 11), 20, "25RS383", "PET-DT",
                "uppdra till regiondirektören att göra en förstudie som återrapporteras i maj");
        ClauseProposal p = assignments.propose(february).get(0);
        assignments.accept(february, p.block(), p.clause(), "regiondirektören", p.proposal().task(), p.proposal().due());
        ClauseProposal autumn = assignments.propose(demo.seed(114)).get(0);
        assignments.accept(demo.seed(114), autumn.block(), autumn.clause(), "regiondirektören", autumn.proposal().task(),
                autumn.proposal().due());
        assertThat(assignments.list(true)).singleElement().satisfies(w -> assertThat(w.overdue()).isTrue());
        assertThat(assignments.list(false)).hasSize(2);
    }

    @Test
    void anAssignmentIsPutOnTheAgendaOfTheBoardsNextMeetingAndUndoTakesItOff() {
        ClauseProposal p = assignments.propose(demo.seed(114)).get(0);
        Assignment a = assignments.accept(demo.seed(114), p.block(), p.clause(), "regiondirektören", p.proposal().task(),
                p.proposal().due());
        ScheduleReportBack schedule = new ScheduleReportBack(archive.unitOfWork(), archive.services().editAgenda(), clock);
        assertThatThrownBy(() -> schedule.putOnNextMeeting(a.id())).hasMessageContaining("inget kommande sammanträde");

        demo.meeting(LocalDate.of(2025, 9, 30));
        var september = demo.meeting(LocalDate.of(2025, 9, 16));
        ScheduleReportBack.Scheduled scheduled = schedule.putOnNextMeeting(a.id());

        EditAgenda agenda = archive.services().editAgenda();
        assertThat(scheduled.meeting().id()).isEqualTo(september.id());
        assertThat(agenda.show(september.id()).items()).singleElement().satisfies(item -> {
            assertThat(item.title()).startsWith("Återrapportering av uppdrag: återkomma till regionstyrelsen");
            assertThat(item.caseNumber()).isEqualTo(se.paragraf.domain.matter.CaseNumber.parse("25RS3519"));
            assertThat(item.proposal()).contains("§ 114").contains("under hösten 2025");
        });
        assertThatThrownBy(() -> schedule.putOnNextMeeting(a.id())).hasMessageContaining("står redan på föredragningslistan");
        scheduled.edit().undo();
        assertThat(agenda.show(september.id()).items()).isEmpty();
    }
}
