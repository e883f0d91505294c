package se.paragraf.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Optional;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.jdbcx.JdbcDataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.paragraf.application.UnitOfWork;
import se.paragraf.application.archive.ArchiveFacts;

/**
 * An open, migrated archive: an H2 file in the data directory, or a shared PostgreSQL server.
 * Closing it releases the connections and, for H2, the archive lock.
 */
public final class Database implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    /** The same options the build uses for jOOQ codegen (pom.xml); they must not drift apart. */
    static final String H2_OPTIONS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    /**
     * Runtime only, not for codegen: H2 otherwise writes a commit to the file up to a second
     * later, so an autosaved draft could be lost when the process is killed right after saving
     * (AutosaveSurvivesACrashTest). With 0 every commit reaches the operating system at once.
     */
    static final String H2_RUNTIME_OPTIONS = ";WRITE_DELAY=0";
    static final String H2_FILE_NAME = "paragraf";
    private static final int H2_MAX_CONNECTIONS = 4;

    static {
        // jOOQ prints a banner and tips on first use; a desktop app's log has no room for them.
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
    }

    private final UnitOfWork unitOfWork;
    private final ArchiveFacts facts;
    private final AutoCloseable resources;

    private Database(DSLContext dsl, ArchiveFacts facts, AutoCloseable resources) {
        this.unitOfWork = new JooqUnitOfWork(dsl);
        this.facts = facts;
        this.resources = resources;
    }

    /**
     * Opens (creating if needed) the archive in {@code dataDir} and migrates it to the current schema.
     *
     * @throws ArchiveInUseException if another Paragraf process has this archive open
     * @throws DatabaseException     if the directory is not writable or the database cannot be opened
     */
    public static Database openH2(Path dataDir) {
        Path dir = dataDir.toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new DatabaseException("Paragraf kan inte skapa arkivmappen " + dir
                    + ". Kontrollera att du har skrivrätt där, eller välj en annan mapp med --data-dir.", e);
        }
        ArchiveLock lock = ArchiveLock.acquire(dir);
        JdbcConnectionPool pool = null;
        String url = h2Url(dir);
        try (H2Accounts.Owner owner = H2Accounts.connectOwner(dir, url)) {
            // The owner migrates and grants; its connection keeps the embedded database open meanwhile.
            ArchiveCredentials.Account ownerAccount = owner.credentials().owner();
            JdbcDataSource asOwner = new JdbcDataSource();
            asOwner.setURL(url);
            asOwner.setUser(ownerAccount.user());
            asOwner.setPassword(ownerAccount.password());
            Migrated migrated = migrated(asOwner, dir.toString());
            ArchiveCredentials.Account app = owner.credentials().app();
            try {
                H2Accounts.grantApp(owner.connection(), app);
            } catch (SQLException e) {
                throw new DatabaseException("Arkivet i " + dir + " kunde inte ge programmets konto dess rättigheter. "
                        + "Arkivet har inte ändrats; kontakta support och bifoga loggfilen.", e);
            }
            // Without the runtime options: they are the database's, set by the owner who opened it, and
            // H2 lets only an admin set them. The pool keeps its connections, so the database stays open.
            pool = JdbcConnectionPool.create("jdbc:h2:file:" + dir.resolve(H2_FILE_NAME) + H2_OPTIONS, app.user(),
                    app.password());
            pool.setMaxConnections(H2_MAX_CONNECTIONS);
            checkH2Opens(pool, owner, dir);
            JdbcConnectionPool opened = pool;
            return create(opened, SQLDialect.H2, dir.toString(), migrated, () -> {
                opened.dispose();
                lock.close();
            });
        } catch (RuntimeException e) {
            if (pool != null) {
                pool.dispose();
            }
            lock.close();
            throw e;
        }
    }

    /**
     * The JDBC URL of the H2 archive in {@code dataDir} with the options the application opens it
     * with, for its owner (ArchiveCredentials): an IT department's tool, or a test.
     */
    public static String h2Url(Path dataDir) {
        return "jdbc:h2:file:" + dataDir.toAbsolutePath().normalize().resolve(H2_FILE_NAME) + H2_OPTIONS
                + H2_RUNTIME_OPTIONS;
    }

    /** Opens a shared archive on a PostgreSQL server and migrates it with the same migrations as H2. */
    public static Database openPostgres(String jdbcUrl, String user, String password) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(jdbcUrl);
        dataSource.setUser(user);
        dataSource.setPassword(password);
        return create(dataSource, SQLDialect.POSTGRES, jdbcUrl, migrated(dataSource, jdbcUrl), () -> { });
    }

    public UnitOfWork unitOfWork() {
        return unitOfWork;
    }

    public ArchiveFacts facts() {
        return facts;
    }

    @Override
    public void close() {
        try {
            resources.close();
        } catch (Exception e) {
            LOG.warn("Arkivet stängdes inte rent", e);
        }
    }

    private record Migrated(String schemaVersion, Optional<String> upgradedFrom) {
    }

    /** Brings the schema up to date, as an account allowed to change it. */
    private static Migrated migrated(DataSource dataSource, String location) {
        Optional<String> before = appliedVersion(dataSource);
        String schemaVersion = migrate(dataSource, location);
        return new Migrated(schemaVersion, before.filter(v -> !v.equals(schemaVersion)));
    }

    private static Database create(DataSource dataSource, SQLDialect dialect, String location, Migrated migrated,
                                   AutoCloseable resources) {
        LOG.info("Arkivet {} är öppet, schemaversion {}", location, migrated.schemaVersion());
        return new Database(DSL.using(dataSource, dialect), new JooqArchiveFacts(migrated.schemaVersion(), location,
                migrated.upgradedFrom()), resources);
    }

    /**
     * The newest migration this build ships ({@code DatabaseMigrationsTest} checks it against
     * {@code db/migration}). An archive already there is opened without starting Flyway, which
     * costs over a second of every start in a packaged jar.
     */
    public static final String LATEST_MIGRATION = "8";

    private static String migrate(DataSource dataSource, String location) {
        Optional<String> applied = appliedVersion(dataSource);
        if (applied.isPresent() && applied.get().equals(LATEST_MIGRATION)) {
            return applied.get();
        }
        try {
            Flyway flyway = Flyway.configure()
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    .load();
            flyway.migrate();
            MigrationInfo current = flyway.info().current();
            return current == null ? "0" : current.getVersion().getVersion();
        } catch (FlywayException e) {
            throw new DatabaseException("Arkivet i " + location + " kunde inte uppdateras till den här versionen av "
                    + "Paragraf. Arkivet har inte ändrats; kontakta support och bifoga loggfilen.", e);
        }
    }

    /**
     * The archive's schema version when every applied migration succeeded, read with plain JDBC;
     * empty for a new archive, a failed migration or anything unexpected, which Flyway then handles.
     */
    private static Optional<String> appliedVersion(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select version, success from flyway_schema_history "
                     + "where version is not null order by installed_rank desc")) {
            String newest = null;
            while (rows.next()) {
                if (!rows.getBoolean(2)) {
                    return Optional.empty();
                }
                if (newest == null) {
                    newest = rows.getString(1);
                }
            }
            return Optional.ofNullable(newest);
        } catch (SQLException e) {
            return Optional.empty();
        }
    }

    /**
     * Opens one connection as the application first, so that a damaged or locked file gets its own
     * message; an application account whose password no longer matches the key file (it may set
     * its own) gets the key file's again from the owner.
     */
    private static void checkH2Opens(DataSource dataSource, H2Accounts.Owner owner, Path dir) {
        try {
            dataSource.getConnection().close();
        } catch (SQLException e) {
            if (e.getErrorCode() != ErrorCode.WRONG_USER_OR_PASSWORD) {
                throw H2Accounts.failure(e, dir);
            }
            try {
                LOG.warn("Programmets konto i arkivet {} hade ett annat lösenord än nyckelfilen; det återställs", dir);
                H2Accounts.resetAppPassword(owner.connection(), owner.credentials().app());
                dataSource.getConnection().close();
            } catch (SQLException again) {
                throw H2Accounts.failure(again, dir);
            }
        }
    }
}
