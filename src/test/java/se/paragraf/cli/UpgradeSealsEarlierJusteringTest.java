package se.paragraf.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.paragraf.application.audit.SealEarlierRecords;
import se.paragraf.domain.meeting.MeetingId;
import se.paragraf.persistence.ArchiveCredentials;
import se.paragraf.ui.TestArchive;

/**
 * An archive written before sealed records (schema 6) with a justerat protocol: the first start
 * of this version seals it once, as it stands, and verify then holds it to that.
 */
class UpgradeSealsEarlierJusteringTest {
    @TempDir
    Path dataDir;

    @Test
    void theFirstStartAfterTheUpgradeSealsWhatWasJusterat() throws Exception {
        String url = "jdbc:h2:file:" + dataDir.resolve("paragraf")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").target("6").load().migrate();
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            s.execute("insert into board (id, name, kind, adjuster_count) values (1, 'Kommunstyrelsen', 'EXECUTIVE_BOARD', 2)");
            s.execute("insert into meeting (id, board_id, meeting_date, series_year) values (1, 1, date '2019-03-04', 2019)");
            s.execute("insert into paragraph (id, meeting_id, board_id, series_year, number, title) "
                    + "values (1, 1, 1, 2019, 12, 'Budget 2020')");
            s.execute("insert into minutes_lifecycle (meeting_id, status, ready_on) values (1, 'READY_FOR_ADJUSTMENT', "
                    + "date '2019-03-05')");
            s.execute("update minutes_lifecycle set status = 'ADJUSTED', adjusted_on = date '2019-03-08'");
        }

        try (TestArchive archive = TestArchive.openIn(dataDir)) {
            java.util.List<se.paragraf.domain.audit.SealedRecord> records =
                    archive.unitOfWork().transaction(r -> r.seals().findByMeeting(1));
            assertThat(records).hasSize(1);
            assertThat(records.get(0).sealedBy()).isEqualTo(SealEarlierRecords.UPGRADE);
            assertThat(records.get(0).canonical()).contains("Budget 2020");
        }
        // A second start seals nothing more.
        try (TestArchive archive = TestArchive.openIn(dataDir)) {
            java.util.List<se.paragraf.domain.audit.SealedRecord.SealLink> links =
                    archive.unitOfWork().transaction(r -> r.seals().links());
            assertThat(links).hasSize(1);
            assertThat(archive.services().verifyArchive().verifyAll().isValid()).isTrue();
            assertThat(archive.services().showMeeting().show(new MeetingId(1))).isPresent();
        }
        // The upgrade gave the archive its own passwords; the built-in sa without one opens it no more.
        assertThatThrownBy(() -> DriverManager.getConnection(url, "sa", "").close())
                .isInstanceOf(java.sql.SQLException.class);
        ArchiveCredentials.Account owner = ArchiveCredentials.read(dataDir).owner();
        try (Connection c = DriverManager.getConnection(url, owner.user(), owner.password());
             Statement s = c.createStatement()) {
            s.execute("drop trigger paragraph_lock");
            s.execute("update paragraph set title = 'Budget 2021' where id = 1");
        }
        CliRun run = CliRun.of("verify", "--data-dir", dataDir.toString(), "--all");
        assertThat(run.exitCode).isEqualTo(VerifyCommand.MISMATCH);
        assertThat(run.err).contains("§ 12, rubrik: 'Budget 2020' → 'Budget 2021'");
    }
}
