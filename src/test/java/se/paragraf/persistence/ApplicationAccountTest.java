package se.paragraf.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import org.h2.api.ErrorCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * ADR 0020: the application's account ({@code PARAGRAF_APP}), tried with raw JDBC and its own
 * password from the key file, as any SQL reaching the application's connection would be.
 */
class ApplicationAccountTest {
    @TempDir
    static Path dataDir;
    static ArchiveCredentials credentials;
    /** Keeps the embedded database open between the cases, so that each does not open the file again. */
    static Connection keepOpen;

    @BeforeAll
    static void archiveWithRowsInTheAppendOnlyTables() throws Exception {
        try (Database database = Database.openH2(dataDir)) {
            database.unitOfWork().run(r -> Archive.paragraph98(r, Archive.meeting(r, Archive.board(r, "Nämnden"),
                    LocalDate.of(2025, 5, 20))));
        }
        credentials = ArchiveCredentials.read(dataDir);
        try (Connection owner = connect(credentials.owner()); Statement s = owner.createStatement()) {
            // One row in each, so that a refused statement had something to change.
            s.execute("insert into audit_entry values (999999, 1, current_timestamp, 'sekreteraren', 'SAVED', 'paragraph', "
                    + "'1', 'h', 'p', 'e')");
            s.execute("insert into sealed_record values (999999, 999999, 'PROTOCOL', 's', 'f', '{}', 'c', 'a', 'p', "
                    + "current_timestamp, 'sekreteraren', 'seal')");
        }
        keepOpen = connect(credentials.owner());
    }

    @AfterAll
    static void close() throws SQLException {
        keepOpen.close();
    }

    /** What the application's own connection cannot do, whatever SQL reaches it. */
    @ParameterizedTest
    @ValueSource(strings = {
            "drop trigger paragraph_lock",
            "drop trigger sealed_record_lock",
            "drop trigger audit_entry_lock",
            "alter table paragraph add column extra varchar(10)",
            "alter table sealed_record drop constraint sealed_record_seal_uq",
            "drop table audit_entry",
            "create table elsewhere (id int)",
            "update sealed_record set subject = 'annat'",
            "delete from sealed_record",
            "truncate table sealed_record",
            "update audit_entry set os_user = 'någon'",
            "delete from audit_entry",
            "truncate table audit_entry",
            "update protocol_import set source_text = 'annat'",
            "delete from stored_file",
            "update correction set reason = 'annat'",
            "update paragraph_adjustment set adjusted_on = date '2025-01-01'",
            "delete from flyway_schema_history",
            "script to 'arkiv.sql'",
            "runscript from 'arkiv.sql'",
            "create alias leak for 'java.lang.System.getProperty'",
            "create user other password 'x' admin",
            "alter user paragraf_app admin true",
            "grant update on sealed_record to paragraf_app",
            "set referential_integrity false",
            "shutdown"})
    void isRefused(String sql) throws Exception {
        try (Connection app = connect(credentials.app());
             Statement s = app.createStatement()) {
            assertThatThrownBy(() -> s.execute(sql)).isInstanceOf(SQLException.class)
                    .satisfies(e -> assertThat(((SQLException) e).getErrorCode()).as(e.getMessage())
                            .isIn(ErrorCode.NOT_ENOUGH_RIGHTS_FOR_1, ErrorCode.ADMIN_RIGHTS_REQUIRED));
            // It still reads and adds.
            assertThat(s.executeQuery("select count(*) from sealed_record").next()).isTrue();
            assertThat(s.executeUpdate("update paragraph set title = title where number = 98")).isEqualTo(1);
        }
        try (Connection owner = connect(credentials.owner());
             Statement s = owner.createStatement()) {
            var rows = s.executeQuery("select count(distinct trigger_name) from information_schema.triggers where trigger_name = 'sealed_record_lock'");
            rows.next();
            assertThat(rows.getInt(1)).isEqualTo(1);
        }
    }

    /** Storing the same bytes twice is an insert that does nothing (MERGE in H2), not an update. */
    @org.junit.jupiter.api.Test
    void theApplicationStillStoresAFileTwice(@TempDir Path other) {
        try (Database database = Database.openH2(other)) {
            byte[] bytes = "bilaga".getBytes(java.nio.charset.StandardCharsets.UTF_8);
            database.unitOfWork().run(r -> r.files().store("bilaga.txt", bytes));
            database.unitOfWork().run(r -> r.files().store("samma.txt", bytes));
            java.util.Optional<byte[]> stored = database.unitOfWork().transaction(
                    (se.paragraf.application.Repositories r) -> r.files().content(
                            se.paragraf.domain.paragraph.StoredFile.of("x", bytes)));
            assertThat(stored).contains(bytes);
        }
    }

    private static Connection connect(ArchiveCredentials.Account account) throws SQLException {
        return DriverManager.getConnection("jdbc:h2:file:" + dataDir.toAbsolutePath().resolve(Database.H2_FILE_NAME)
                + Database.H2_OPTIONS, account.user(), account.password());
    }
}
