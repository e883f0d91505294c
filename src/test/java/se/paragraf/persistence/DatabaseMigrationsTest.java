package se.paragraf.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fast path that skips Flyway on an up-to-date archive must never skip a real migration. */
class DatabaseMigrationsTest {
    @TempDir
    Path dataDir;

    @Test
    void latestMigrationConstantIsTheNewestMigrationFile() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            int newest = files.map(f -> f.getFileName().toString())
                    .filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .map(n -> Integer.parseInt(n.substring(1, n.indexOf("__"))))
                    .max(Comparator.naturalOrder()).orElseThrow();
            assertThat(Database.LATEST_MIGRATION).isEqualTo(Integer.toString(newest));
        }
    }

    @Test
    void anArchiveBehindTheNewestMigrationIsMigrated() throws Exception {
        try (Database first = Database.openH2(dataDir)) {
            assertThat(first.facts().schemaVersion()).isEqualTo(Database.LATEST_MIGRATION);
        }
        // Pretend the newest migration never ran: reopening must run it again, not trust the fast path.
        JdbcDataSource raw = new JdbcDataSource();
        raw.setURL(Database.h2Url(dataDir));
        raw.setUser(ArchiveCredentials.read(dataDir).owner().user());
        raw.setPassword(ArchiveCredentials.read(dataDir).owner().password());
        try (Connection c = raw.getConnection(); Statement s = c.createStatement()) {
            s.execute("delete from flyway_schema_history where version = '" + Database.LATEST_MIGRATION + "'");
        }
        // Flyway, not the fast path, must decide: it re-runs V3 on tables that exist and refuses with
        // the Swedish message. Had the fast path trusted the (now older) history, this would open quietly.
        assertThatThrownBy(() -> Database.openH2(dataDir).close())
                .isInstanceOf(DatabaseException.class)
                .hasMessageContaining("kunde inte uppdateras");
    }
}
