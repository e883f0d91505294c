package se.paragraf.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.paragraf.app.Composition;
import se.paragraf.application.OpenArchive;
import se.paragraf.application.Services;
import se.paragraf.domain.audit.AuditEntry;
import se.paragraf.domain.board.BoardKind;
import se.paragraf.domain.meeting.Meeting;
import se.paragraf.domain.paragraph.Paragraph;
import se.paragraf.domain.paragraph.ParagraphNumber;

/** Every change of a meeting lands in its hash chain; verify finds any entry changed or removed, and a changed file. */
class VerifyCommandTest {
    @TempDir
    Path dataDir;

    private Meeting meeting;
    private Path pdf;

    @BeforeEach
    void justeratAndRegistered() throws Exception {
        pdf = dataDir.resolveSibling(dataDir.getFileName() + "-protokoll.pdf");
        try (OpenArchive archive = new Composition().open(dataDir)) {
            Services s = archive.services();
            var board = s.manageBoards().createBoard("Regionstyrelsen", BoardKind.EXECUTIVE_BOARD, null, 2);
            meeting = s.planMeeting().create(board.id(), LocalDate.of(2025, 5, 20), null, null, null, null);
            Paragraph p = s.editAgenda().newParagraph(meeting.id(), ParagraphNumber.of(96), "Val av justerare");
            s.editParagraph().save(p);
            s.editParagraph().save(p.retitle("Val av justerare och tid för justering"));
            s.adjustMinutes().readyForAdjustment(meeting.id(), LocalDate.of(2025, 5, 21));
            s.adjustMinutes().adjust(meeting.id(), LocalDate.of(2025, 5, 23));
            s.renderMinutes().minutes(meeting.id(), se.paragraf.application.document.MinutesOptions.FULL, pdf);
        }
        CliRun register = CliRun.of("minutes", "register", "--data-dir", dataDir.toString(), "--meeting", id(),
                "--pdf", pdf.toString());
        assertThat(register.exitCode).as(register.err).isZero();
        assertThat(register.outLines()).containsExactly(AuditEntry.sha256(Files.readAllBytes(pdf)));
    }

    private String id() {
        return Long.toString(meeting.id().value());
    }

    @Test
    void anUntouchedTrailAndTheRegisteredFileVerify() {
        CliRun run = CliRun.of("verify", "--data-dir", dataDir.toString(), "--meeting", id(), "--pdf", pdf.toString());
        assertThat(run.exitCode).as(run.err).isZero();
        assertThat(run.out).contains("stämmer").contains("granskningskedjan är hel")
                .contains("är det registrerade dokumentet (MINUTES");
        try (OpenArchive archive = new Composition().open(dataDir)) {
            var entries = archive.services().verifyMeeting().verify(meeting.id(), null, null);
            assertThat(entries.entries()).isGreaterThanOrEqualTo(6);
        }
        try (Connection c = connect(); Statement s = c.createStatement();
             var rows = s.executeQuery("select distinct os_user, table_name from audit_entry where meeting_id = " + id())) {
            java.util.Set<String> tables = new java.util.HashSet<>();
            while (rows.next()) {
                assertThat(rows.getString(1)).isEqualTo(System.getProperty("user.name"));
                tables.add(rows.getString(2));
            }
            assertThat(tables).contains("meeting", "paragraph", "lifecycle", "sealed_record", "minutes_document");
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aChangedFileIsRefused() throws Exception {
        byte[] bytes = Files.readAllBytes(pdf);
        Files.write(pdf, java.util.Arrays.copyOf(bytes, bytes.length + 1));
        CliRun run = CliRun.of("verify", "--data-dir", dataDir.toString(), "--meeting", id(), "--pdf", pdf.toString());
        assertThat(run.exitCode).isEqualTo(VerifyCommand.MISMATCH);
        assertThat(run.err).contains("stämmer inte med något registrerat dokument");
    }

    @Test
    void theTrailCannotBeChangedAndAChangeBehindItsBackIsFound() throws Exception {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("update audit_entry set os_user = 'någon' where meeting_id = " + id()))
                    .hasMessageContaining("Granskningsloggen kan inte ändras");
            assertThatThrownBy(() -> s.executeUpdate("delete from audit_entry where meeting_id = " + id()))
                    .hasMessageContaining("Granskningsloggen kan inte ändras");
            // Someone with the database file in hand removes the guard and rewrites history.
            s.execute("drop trigger audit_entry_lock");
            s.executeUpdate("update audit_entry set os_user = 'någon' where meeting_id = " + id() + " and seq = 2");
            s.executeUpdate("delete from audit_entry where meeting_id = " + id() + " and seq = 4");
        }
        CliRun run = CliRun.of("verify", "--data-dir", dataDir.toString(), "--meeting", id());
        assertThat(run.exitCode).isEqualTo(VerifyCommand.MISMATCH);
        assertThat(run.err).contains("Post 2 (").contains("har ändrats efter att den skrevs")
                .contains("Post 4 saknas").contains("Post 5 pekar inte på posten före sig");
    }

    private Connection connect() throws java.sql.SQLException {
        // The archive's owner, with the key file beside the database: whoever has the files has both.
        var owner = se.paragraf.persistence.ArchiveCredentials.read(dataDir).owner();
        return DriverManager.getConnection(se.paragraf.persistence.Database.h2Url(dataDir), owner.user(),
                owner.password());
    }
}
