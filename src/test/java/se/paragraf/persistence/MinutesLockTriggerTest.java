package se.paragraf.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.paragraf.application.UnitOfWork;
import se.paragraf.domain.adjustment.MinutesLifecycle;
import se.paragraf.domain.adjustment.ParagraphAdjustment;
import se.paragraf.domain.board.Board;
import se.paragraf.domain.meeting.Attendance;
import se.paragraf.domain.meeting.Meeting;
import se.paragraf.domain.meeting.MeetingOfficers;
import se.paragraf.domain.paragraph.Paragraph;
import se.paragraf.domain.shared.DomainException;

/**
 * The database refuses every change of a justerat protocol on its own: through the repositories
 * and through raw SQL on a connection of its own, as another tool would write.
 */
class MinutesLockTriggerTest {
    @TempDir
    Path dataDir;

    private Meeting meeting;
    private Paragraph p98;
    private Paragraph p99;

    @BeforeEach
    void justeratProtocol() {
        try (Database db = Database.openH2(dataDir)) {
            UnitOfWork uow = db.unitOfWork();
            uow.run(r -> {
                Board board = Archive.board(r, "Regionstyrelsen");
                meeting = Archive.meeting(r, board, LocalDate.of(2025, 5, 20));
                p98 = Archive.paragraph98(r, meeting);
                p99 = Archive.draft(r, meeting, 99);
                r.attendance().save(Attendance.empty(meeting.id()));
            });
            MinutesLifecycle ready = MinutesLifecycle.begin(meeting).readyForAdjustment(LocalDate.of(2025, 5, 21));
            uow.run(r -> r.lifecycles().save(ready));
            uow.run(r -> r.lifecycles().save(ready.adjust(LocalDate.of(2025, 5, 23))));
        }
    }

    @Test
    void repositoriesCannotChangeAJusteratProtocol() {
        try (Database db = Database.openH2(dataDir)) {
            UnitOfWork uow = db.unitOfWork();
            List<Runnable> paths = List.of(
                    () -> uow.run(r -> r.paragraphs().save(p98.retitle("Ändrad"))),
                    () -> uow.run(r -> r.paragraphs().delete(p99.id())),
                    () -> uow.run(r -> Archive.draft(r, meeting, 100)),
                    () -> uow.run(r -> r.meetings().save(meeting.reschedule(LocalDate.of(2025, 5, 21), null, null))),
                    () -> uow.run(r -> r.attendance().save(Attendance.empty(meeting.id())
                            .withOfficers(MeetingOfficers.NONE.keptBy("Någon annan")))),
                    () -> uow.run(r -> r.lifecycles().save(MinutesLifecycle.begin(meeting))));
            for (Runnable path : paths) {
                assertThatThrownBy(path::run).isInstanceOf(DomainException.class)
                        .hasMessageContaining("justerat");
            }
            assertThat(uow.transaction(r -> r.paragraphs().findById(p98.id())).orElseThrow()).isEqualTo(p98);
            List<Paragraph> kept = uow.transaction(r -> r.paragraphs().findByMeeting(meeting.id()));
            assertThat(kept).hasSize(2);
            assertThat(uow.transaction(r -> r.attendance().findByMeeting(meeting.id())).orElseThrow()
                    .officers().adjustedOn()).isEqualTo("2025-05-23");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "update paragraph set title = 'Ändrad' where id = :p",
            "delete from paragraph where id = :p",
            "update clause set body = 'att göra något annat' where paragraph_id = :p",
            "delete from clause where paragraph_id = :p",
            "insert into clause (paragraph_id, block_ordinal, ordinal, body) values (:p, 0, 9, 'att smyga in')",
            "update decision_block set formula = 'Ny' where paragraph_id = :p",
            "delete from recipient where paragraph_id = :p",
            "update attachment set title = 'Byttt' where paragraph_id = :p",
            "update motivation_section set body = 'Annat' where paragraph_id = :p",
            "delete from paragraph_case_number where paragraph_id = :p",
            "update preparation set note = 'x' where paragraph_id = :p",
            "update meeting set place = 'Annanstans' where id = :m",
            "delete from meeting where id = :m",
            "update meeting_officers set secretary = 'Någon' where meeting_id = :m",
            "delete from meeting_officers where meeting_id = :m",
            "update minutes_lifecycle set status = 'DRAFT', adjusted_on = null, ready_on = null where meeting_id = :m",
            "update minutes_lifecycle set adjusted_on = date '2025-05-22' where meeting_id = :m",
            "update minutes_lifecycle set status = 'APPEAL_PERIOD_OVER', posted_on = date '2025-05-26', "
                    + "take_down_on = date '2025-06-17', taken_down_on = date '2025-06-17' where meeting_id = :m",
            "delete from minutes_lifecycle where meeting_id = :m"})
    void rawSqlThroughJooqIsRefusedWithASwedishMessage(String sql) throws Exception {
        try (Connection c = owner()) {
            DSLContext raw = DSL.using(c, SQLDialect.H2);
            String statement = sql.replace(":p", Long.toString(p98.id().value()))
                    .replace(":m", Long.toString(meeting.id().value()));
            assertThatThrownBy(() -> raw.execute(statement)).isInstanceOf(DataAccessException.class)
                    .rootCause().isInstanceOf(MinutesLockedException.class)
                    .hasMessageMatching("(Protokollet|Protokollets status).*");
            assertThat(raw.fetchValue("select title from paragraph where id = " + p98.id().value()))
                    .isEqualTo(p98.title());
        }
    }

    @Test
    void aStatusCannotBeSetByHandNorSkipAStep() throws Exception {
        Meeting draft;
        try (Database db = Database.openH2(dataDir)) {
            draft = db.unitOfWork().transaction(r -> Archive.meeting(r, Archive.board(r, "Nämnden"),
                    LocalDate.of(2025, 6, 2)));
        }
        try (Connection c = owner()) {
            DSLContext raw = DSL.using(c, SQLDialect.H2);
            long id = draft.id().value();
            assertThatThrownBy(() -> raw.execute("insert into minutes_lifecycle (meeting_id, status, ready_on, "
                    + "adjusted_on) values (" + id + ", 'ADJUSTED', date '2025-06-03', date '2025-06-03')"))
                    .rootCause().hasMessageContaining("ett steg i taget");
            raw.execute("insert into minutes_lifecycle (meeting_id, status) values (" + id + ", 'DRAFT')");
            assertThatThrownBy(() -> raw.execute("update minutes_lifecycle set status = 'ADJUSTED', "
                    + "adjusted_on = date '2025-06-03' where meeting_id = " + id))
                    .rootCause().hasMessageContaining("från DRAFT till ADJUSTED");
        }
    }

    @Test
    void anImmediatelyJusteradParagraphIsLockedWhileTheRestIsNot() {
        try (Database db = Database.openH2(dataDir)) {
            UnitOfWork uow = db.unitOfWork();
            Meeting next = uow.transaction(r -> Archive.meeting(r, Archive.board(r, "Nämnden"), LocalDate.of(2025, 6, 2)));
            Paragraph immediate = uow.transaction(r -> Archive.paragraph98(r, next));
            Paragraph other = uow.transaction(r -> Archive.draft(r, next, 99));
            uow.run(r -> r.paragraphAdjustments().add(ParagraphAdjustment.immediately(immediate,
                    MinutesLifecycle.begin(next), LocalDate.of(2025, 6, 2))));

            assertThatThrownBy(() -> uow.run(r -> r.paragraphs().save(immediate.retitle("Ändrad"))))
                    .isInstanceOf(DomainException.class).hasMessageContaining("justerades omedelbart 2025-06-02");
            assertThatThrownBy(() -> uow.run(r -> r.paragraphs().delete(immediate.id())))
                    .isInstanceOf(DomainException.class);
            uow.run(r -> r.paragraphs().save(other.retitle("Ändrad")));
            assertThat(uow.transaction(r -> r.paragraphs().findById(other.id())).orElseThrow().title())
                    .isEqualTo("Ändrad");
        }
    }

    /** The owner's connection: the trigger refuses whatever account writes. */
    private Connection owner() throws java.sql.SQLException {
        ArchiveCredentials.Account owner = ArchiveCredentials.read(dataDir).owner();
        return DriverManager.getConnection(Database.h2Url(dataDir), owner.user(), owner.password());
    }
}
