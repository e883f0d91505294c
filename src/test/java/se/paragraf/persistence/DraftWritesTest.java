package se.paragraf.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.paragraf.application.UnitOfWork;
import se.paragraf.domain.adjustment.MinutesLifecycle;
import se.paragraf.domain.board.Board;
import se.paragraf.domain.meeting.Meeting;
import se.paragraf.domain.paragraph.Clause;
import se.paragraf.domain.paragraph.Decision;
import se.paragraf.domain.paragraph.DecisionBlock;
import se.paragraf.domain.paragraph.Paragraph;
import se.paragraf.domain.paragraph.ParagraphNumber;
import se.paragraf.domain.shared.DomainException;
import se.paragraf.domain.shared.StaleVersionException;

/**
 * Saving a draft § writes only what changed (ADR 0019): one att-sats edited is one row updated,
 * and every other child row keeps its identity (H2's {@code _rowid_}); a save on an older
 * version is refused; one save is one audit event and a save that changes nothing is none.
 */
class DraftWritesTest {
    /** Every child table of a § and its key columns besides paragraph_id, for reading the rows back. */
    private static final Map<String, String> CHILD_TABLES = Map.ofEntries(
            Map.entry("paragraph_case_number", "ordinal"), Map.entry("motivation_section", "ordinal"),
            Map.entry("decision_block", "ordinal"), Map.entry("clause", "block_ordinal, ordinal"),
            Map.entry("attachment", "ordinal"), Map.entry("preparation", "ordinal"),
            Map.entry("recipient", "ordinal"));

    @TempDir
    Path dataDir;

    private Meeting meeting;
    private Paragraph p98;

    @BeforeEach
    void draftWithParagraph98() {
        try (Database db = Database.openH2(dataDir)) {
            db.unitOfWork().run(r -> {
                Board board = Archive.board(r, "Regionstyrelsen");
                meeting = Archive.meeting(r, board, LocalDate.of(2025, 5, 20));
                p98 = Archive.paragraph98(r, meeting);
            });
            p98 = db.unitOfWork().transaction(r -> r.paragraphs().findById(p98.id())).orElseThrow();
        }
    }

    @Test
    void changingOneClauseUpdatesOneRowAndLeavesTheOtherRowsAsTheyWere() throws Exception {
        Map<String, Object> before = rows();
        Paragraph edited = p98.decide(withClause(p98.decision(), 0, 1, "uppdra till regiondirektören att senast i "
                + "oktober redovisa rutinerna"));

        try (Connection c = connection()) {
            DSLContext dsl = DSL.using(c, SQLDialect.H2);
            ParagraphWriter writer = new ParagraphWriter(dsl);
            var stored = dsl.selectFrom(se.paragraf.persistence.jooq.Tables.PARAGRAPH)
                    .where(se.paragraf.persistence.jooq.Tables.PARAGRAPH.ID.eq(p98.id().value())).fetchOne();
            var row = writer.row(edited, meeting.board().value(), 2025);
            ParagraphWriter.Changes changes = writer.changes(edited, stored, row);
            assertThat(changes.rootChanged()).isFalse();
            assertThat(changes.inserts()).isEmpty();
            assertThat(changes.deletes()).isEmpty();
            assertThat(changes.updates()).singleElement()
                    .satisfies(r -> assertThat(r.getTable().getName()).isEqualTo("clause"));
        }
        long version;
        try (Database db = Database.openH2(dataDir)) {
            version = db.unitOfWork().transaction(r -> r.paragraphs().save(edited));
            assertThat(db.unitOfWork().transaction(r -> r.paragraphs().findById(p98.id())).orElseThrow())
                    .isEqualTo(edited).extracting(Paragraph::version).isEqualTo(1L);
        }
        assertThat(version).isEqualTo(1);

        Map<String, Object> after = rows();
        List<String> differing = new ArrayList<>();
        before.forEach((key, value) -> {
            if (!value.equals(after.get(key))) {
                differing.add(key);
            }
        });
        assertThat(after.keySet()).isEqualTo(before.keySet());
        // The same rows (by _rowid_) hold the same values, except the one att-sats's text.
        assertThat(differing).containsExactly("clause 0, 1");
    }

    @Test
    void rowsAddedAndRemovedAreInsertedAndDeletedAloneWithTheRestInPlace() throws Exception {
        Map<String, Object> before = rows();
        Paragraph edited = p98.decide(new Decision(List.of(p98.decision().blocks().get(0),
                        new DecisionBlock(p98.decision().blocks().get(2).formula(), List.of(new Clause("förklara "
                                + "paragrafen omedelbart justerad"), new Clause("lägga informationen till handlingarna"))))))
                .sentTo(p98.recipients().subList(0, 1));

        try (Database db = Database.openH2(dataDir)) {
            db.unitOfWork().run(r -> r.paragraphs().save(edited));
            assertThat(db.unitOfWork().transaction(r -> r.paragraphs().findById(p98.id())).orElseThrow())
                    .isEqualTo(edited);
        }
        Map<String, Object> after = rows();
        // Unchanged rows keep their identity: case numbers, sections, attachments, preparations,
        // block 0 and its att-satser, the first recipient.
        for (String key : List.of("paragraph_case_number 0", "paragraph_case_number 1", "motivation_section 2",
                "decision_block 0", "clause 0, 0", "clause 0, 1", "clause 0, 2", "attachment 2", "preparation 1",
                "recipient 0")) {
            assertThat(after.get(key)).as(key).isEqualTo(before.get(key));
        }
        assertThat(after).doesNotContainKeys("recipient 1", "decision_block 2", "clause 2, 0");
        assertThat(after).containsKeys("clause 1, 0", "clause 1, 1");
    }

    @Test
    void aSaveOnAnOlderVersionIsRefusedAndWritesNothing() {
        try (Database db = Database.openH2(dataDir)) {
            UnitOfWork uow = db.unitOfWork();
            uow.run(r -> r.paragraphs().save(p98.retitle("Svar på revisionsrapport")));
            Paragraph stale = p98.retitle("Något helt annat");

            assertThatThrownBy(() -> uow.run(r -> r.paragraphs().save(stale)))
                    .isInstanceOf(StaleVersionException.class)
                    .hasMessage("§ 98 har ändrats av någon annan sedan du öppnade den (version 1, din 0). "
                            + "Ladda om och gör om ändringen.");
            Paragraph kept = uow.transaction(r -> r.paragraphs().findById(p98.id())).orElseThrow();
            assertThat(kept.title()).isEqualTo("Svar på revisionsrapport");
            assertThat(kept.version()).isEqualTo(1);

            long next = uow.transaction(r -> r.paragraphs().save(kept.retitle("Något helt annat")));
            assertThat(next).isEqualTo(2);
        }
    }

    @Test
    void aMeetingSavedOnAnOlderVersionIsRefused() {
        try (Database db = Database.openH2(dataDir)) {
            UnitOfWork uow = db.unitOfWork();
            long unchanged = uow.transaction(r -> r.meetings().save(meeting));
            assertThat(unchanged).isZero();
            long changed = uow.transaction(r -> r.meetings().save(meeting.reschedule(meeting.date(), null, null)));
            assertThat(changed).isEqualTo(1);

            assertThatThrownBy(() -> uow.run(r -> r.meetings().save(meeting.reschedule(LocalDate.of(2025, 5, 21),
                    null, null)))).isInstanceOf(DomainException.class)
                    .hasMessage("Sammanträdet 2025-05-20 har ändrats av någon annan sedan du öppnade det "
                            + "(version 1, din 0). Ladda om och gör om ändringen.");
            Meeting kept = uow.transaction(r -> r.meetings().findById(meeting.id())).orElseThrow();
            assertThat(kept.date()).isEqualTo(meeting.date());
            assertThat(kept.start()).isNull();
            assertThat(kept.version()).isEqualTo(1);
        }
    }

    @Test
    void oneSaveIsOneAuditEventAndASaveThatChangesNothingIsNone() throws Exception {
        long at = auditEntries();
        try (Database db = Database.openH2(dataDir)) {
            UnitOfWork uow = db.unitOfWork();
            Paragraph edited = p98.decide(withClause(p98.decision(), 0, 0, "avge ett reviderat svar"));
            long version = uow.transaction(r -> r.paragraphs().save(edited));
            assertThat(auditEntriesIn(uow)).isEqualTo(at + 1);

            long again = uow.transaction(r -> r.paragraphs().save(edited.withVersion(version)));
            assertThat(again).isEqualTo(version);
            assertThat(auditEntriesIn(uow)).isEqualTo(at + 1);
            assertThat(uow.transaction(r -> r.paragraphs().findById(p98.id())).orElseThrow().version())
                    .isEqualTo(version);
        }
    }

    @Test
    void renumberingGivesANewVersionOnlyToTheParagraphsWhoseNumberChanges() {
        try (Database db = Database.openH2(dataDir)) {
            UnitOfWork uow = db.unitOfWork();
            Paragraph p99 = uow.transaction(r -> Archive.draft(r, meeting, 99));
            uow.run(r -> r.paragraphs().renumber(Map.of(p98.id(), ParagraphNumber.of(98),
                    p99.id(), ParagraphNumber.of(100))));
            assertThat(uow.transaction(r -> r.paragraphs().versionOf(p98.id())).getAsLong()).isZero();
            assertThat(uow.transaction(r -> r.paragraphs().versionOf(p99.id())).getAsLong()).isEqualTo(1);
        }
    }

    @Test
    void theLockTriggerTakesAVersionAloneForNoChangeOfAJusteratProtocol() throws Exception {
        try (Database db = Database.openH2(dataDir)) {
            MinutesLifecycle ready = MinutesLifecycle.begin(meeting).readyForAdjustment(LocalDate.of(2025, 5, 21));
            db.unitOfWork().run(r -> r.lifecycles().save(ready));
            db.unitOfWork().run(r -> r.lifecycles().save(ready.adjust(LocalDate.of(2025, 5, 23))));
        }
        try (Connection c = connection()) {
            DSLContext raw = DSL.using(c, SQLDialect.H2);
            raw.execute("update paragraph set version = version + 1 where id = " + p98.id().value());
            raw.execute("update meeting set version = version + 1 where id = " + meeting.id().value());
            assertThatThrownBy(() -> raw.execute("update paragraph set title = 'Ändrad', version = version + 1 "
                    + "where id = " + p98.id().value())).rootCause().isInstanceOf(MinutesLockedException.class);
            assertThatThrownBy(() -> raw.execute("update clause set body = 'Ändrad' where paragraph_id = "
                    + p98.id().value())).rootCause().isInstanceOf(MinutesLockedException.class);
        }
        try (Database db = Database.openH2(dataDir)) {
            Paragraph now = db.unitOfWork().transaction(r -> r.paragraphs().findById(p98.id())).orElseThrow();
            assertThat(now).isEqualTo(p98);
            assertThatThrownBy(() -> db.unitOfWork().run(r -> r.paragraphs().save(now.retitle("Ändrad"))))
                    .isInstanceOf(DomainException.class).hasMessageContaining("justerat");
        }
    }

    private static Decision withClause(Decision decision, int block, int clause, String text) {
        List<DecisionBlock> blocks = new ArrayList<>(decision.blocks());
        blocks.set(block, blocks.get(block).replaceClause(clause, new Clause(text)));
        return new Decision(blocks);
    }

    private Connection connection() throws Exception {
        ArchiveCredentials.Account owner = ArchiveCredentials.read(dataDir).owner();
        return DriverManager.getConnection(Database.h2Url(dataDir), owner.user(), owner.password());
    }

    /** "clause 0, 1" → [_rowid_, every column]: what a row is and holds. */
    private Map<String, Object> rows() throws Exception {
        Map<String, Object> rows = new TreeMap<>();
        try (Connection c = connection()) {
            DSLContext raw = DSL.using(c, SQLDialect.H2);
            for (var table : CHILD_TABLES.entrySet()) {
                for (var r : raw.fetch("select _rowid_, * from " + table.getKey() + " where paragraph_id = "
                        + p98.id().value())) {
                    List<String> key = new ArrayList<>();
                    for (String column : table.getValue().split(", ")) {
                        key.add(String.valueOf(r.get(column)));
                    }
                    rows.put(table.getKey() + " " + String.join(", ", key), java.util.Arrays.asList(r.intoArray()));
                }
            }
        }
        return rows;
    }

    private long auditEntries() throws Exception {
        try (Connection c = connection()) {
            return DSL.using(c, SQLDialect.H2).fetchCount(DSL.table("audit_entry"),
                    DSL.field("meeting_id").eq(meeting.id().value()));
        }
    }

    private long auditEntriesIn(UnitOfWork uow) {
        return uow.transaction(r -> r.audit().entries(meeting.id().value())).size();
    }
}
