package se.paragraf.persistence;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.h2.api.ErrorCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The owner and the application's account of an H2 archive (ADR 0020). The owner opens the
 * archive first: it creates a new one with its generated password, gives an archive that still
 * has the built-in {@code sa} without a password its own password (the key file is written
 * first, so that a crash never leaves a password only the database knows), runs the migrations
 * and keeps the application's rights in step with the schema. The application then works as
 * {@link ArchiveCredentials#APP_USER}, which may read and write rows but change no schema, drop
 * no trigger, run no script and only add to the append-only tables.
 */
final class H2Accounts {
    private static final Logger LOG = LoggerFactory.getLogger(H2Accounts.class);

    /** The built-in account of an archive made before ADR 0020. */
    private static final String LEGACY_USER = "sa";
    private static final String LEGACY_PASSWORD = "";

    /**
     * Tables the application only reads and adds to: the row trigger refuses every UPDATE and
     * DELETE of them anyway (MinutesLockTrigger); without the right the application's connection
     * cannot even try, nor TRUNCATE them. {@code paragraph_adjustment} is not among them: a
     * deleted draft § cascades to it, and H2 asks for the DELETE right of every table a delete
     * cascades to, rows or not; the trigger still refuses deleting or changing an existing one,
     * so it gets SELECT, INSERT and DELETE, but no UPDATE. A table a later migration adds gets
     * the ordinary rights unless it is named here.
     */
    static final Set<String> APPEND_ONLY = Set.of("audit_entry", "sealed_record", "protocol_import", "stored_file",
            "correction", "minutes_document", "adjustment_signature", "dispatch");
    private static final Map<String, Set<String>> SPECIAL = Map.of(
            "paragraph_adjustment", Set.of("SELECT", "INSERT", "DELETE"),
            // Flyway's own table is the owner's business alone.
            "flyway_schema_history", Set.of());
    private static final Set<String> ORDINARY = Set.of("SELECT", "INSERT", "UPDATE", "DELETE");
    private static final Set<String> ADD_ONLY = Set.of("SELECT", "INSERT");

    private H2Accounts() {
    }

    /** The rights the application's account holds on {@code table}. */
    static Set<String> rightsOf(String table) {
        String name = table.toLowerCase(Locale.ROOT);
        if (APPEND_ONLY.contains(name)) {
            return ADD_ONLY;
        }
        return SPECIAL.getOrDefault(name, ORDINARY);
    }

    /** An open owner connection (it keeps the embedded database open) and the archive's accounts. */
    record Owner(Connection connection, ArchiveCredentials credentials) implements AutoCloseable {
        @Override
        public void close() {
            try {
                connection.close();
            } catch (SQLException e) {
                LOG.warn("Ägarens anslutning till arkivet stängdes inte rent", e);
            }
        }
    }

    /**
     * Connects as the owner of the archive in {@code dir}, creating it, or giving an archive that
     * still has {@code sa} without a password its generated passwords, as needed.
     */
    static Owner connectOwner(Path dir, String url) {
        Path databaseFile = dir.resolve(Database.H2_FILE_NAME + ".mv.db");
        var stored = ArchiveCredentials.readIfPresent(dir);
        if (stored.isEmpty()) {
            if (!Files.exists(databaseFile)) {
                ArchiveCredentials fresh = ArchiveCredentials.generate();
                fresh.writeNew(dir);
                return new Owner(connect(url, fresh.owner().user(), fresh.owner().password(), dir), fresh);
            }
            Connection legacy;
            try {
                legacy = DriverManager.getConnection(url, LEGACY_USER, LEGACY_PASSWORD);
            } catch (SQLException e) {
                if (e.getErrorCode() == ErrorCode.WRONG_USER_OR_PASSWORD) {
                    throw ArchiveCredentials.missing(ArchiveCredentials.fileIn(dir));
                }
                throw failure(e, dir);
            }
            try {
                ArchiveCredentials fresh = ArchiveCredentials.generate();
                fresh.writeNew(dir);
                protect(legacy, fresh, dir);
                return new Owner(legacy, fresh);
            } catch (RuntimeException e) {
                closeQuietly(legacy);
                throw e;
            }
        }
        ArchiveCredentials credentials = stored.get();
        ArchiveCredentials.keepPrivate(dir);
        try {
            return new Owner(DriverManager.getConnection(url, credentials.owner().user(),
                    credentials.owner().password()), credentials);
        } catch (SQLException e) {
            if (e.getErrorCode() != ErrorCode.WRONG_USER_OR_PASSWORD) {
                throw failure(e, dir);
            }
        }
        // The key file was written but the database did not get its password (a crash in between).
        Connection legacy;
        try {
            legacy = DriverManager.getConnection(url, LEGACY_USER, LEGACY_PASSWORD);
        } catch (SQLException e) {
            if (e.getErrorCode() == ErrorCode.WRONG_USER_OR_PASSWORD) {
                throw new DatabaseException("Nyckelfilen " + ArchiveCredentials.fileIn(dir) + " hör inte till arkivet i "
                        + dir + ": lösenordet i den stämmer inte. Arkivet kan inte öppnas utan sin egen nyckelfil; "
                        + "återställ den från samma säkerhetskopia som arkivet.");
            }
            throw failure(e, dir);
        }
        try {
            protect(legacy, credentials, dir);
            return new Owner(legacy, credentials);
        } catch (RuntimeException e) {
            closeQuietly(legacy);
            throw e;
        }
    }

    private static Connection connect(String url, String user, String password, Path dir) {
        try {
            return DriverManager.getConnection(url, user, password);
        } catch (SQLException e) {
            throw failure(e, dir);
        }
    }

    /** Gives the built-in admin the key file's password. The key file is already on disk. */
    private static void protect(Connection legacy, ArchiveCredentials credentials, Path dir) {
        try (Statement s = legacy.createStatement()) {
            s.execute("alter user " + credentials.owner().user() + " set password " + literal(credentials.owner()));
            LOG.info("Arkivet i {} hade kontot sa utan lösenord; det har nu ett eget lösenord i {}", dir,
                    ArchiveCredentials.fileIn(dir));
        } catch (SQLException e) {
            throw new DatabaseException("Arkivet i " + dir + " kunde inte få sitt eget lösenord. Arkivet har inte "
                    + "ändrats; försök igen, eller kontakta support och bifoga loggfilen.", e);
        }
    }

    /**
     * Makes sure the application's account exists, is no admin, and holds exactly the rights
     * {@link #rightsOf} gives on every table of the schema, run as the owner after the migrations.
     */
    static void grantApp(Connection owner, ArchiveCredentials.Account app) throws SQLException {
        String user = app.user();
        Boolean admin = null;
        try (PreparedStatement s = owner.prepareStatement(
                "select is_admin from information_schema.users where upper(user_name) = ?")) {
            s.setString(1, user.toUpperCase(Locale.ROOT));
            try (ResultSet rows = s.executeQuery()) {
                if (rows.next()) {
                    admin = rows.getBoolean(1);
                }
            }
        }
        try (Statement s = owner.createStatement()) {
            if (admin == null) {
                s.execute("create user " + user + " password " + literal(app));
            } else if (admin) {
                s.execute("alter user " + user + " admin false");
            }
        }
        Map<String, Set<String>> held = new LinkedHashMap<>();
        try (PreparedStatement s = owner.prepareStatement("select table_name, privilege_type "
                + "from information_schema.table_privileges where upper(grantee) = ?")) {
            s.setString(1, user.toUpperCase(Locale.ROOT));
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    held.computeIfAbsent(rows.getString(1), t -> new HashSet<>()).add(rows.getString(2));
                }
            }
        }
        List<String> tables = new java.util.ArrayList<>();
        try (Statement s = owner.createStatement();
             ResultSet rows = s.executeQuery("select table_name from information_schema.tables "
                     + "where table_schema = 'public' and table_type in ('BASE TABLE', 'VIEW')")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        try (Statement s = owner.createStatement()) {
            for (String table : tables) {
                Set<String> wanted = rightsOf(table);
                Set<String> has = held.getOrDefault(table, Set.of());
                if (has.equals(wanted)) {
                    continue;
                }
                String quoted = "\"" + table.replace("\"", "\"\"") + "\"";
                if (!has.isEmpty()) {
                    s.execute("revoke all on " + quoted + " from " + user);
                }
                if (!wanted.isEmpty()) {
                    s.execute("grant " + String.join(", ", new java.util.TreeSet<>(wanted)) + " on " + quoted
                            + " to " + user);
                }
            }
        }
    }

    /** Gives the application's account the key file's password again (it may have changed its own). */
    static void resetAppPassword(Connection owner, ArchiveCredentials.Account app) throws SQLException {
        try (Statement s = owner.createStatement()) {
            s.execute("alter user " + app.user() + " set password " + literal(app));
        }
    }

    /** H2 takes no parameter for a password in DDL; the generated ones are base64url, checked on reading. */
    private static String literal(ArchiveCredentials.Account account) {
        if (!account.password().matches("[A-Za-z0-9_-]+")) {
            throw new IllegalStateException("Ett lösenord i nyckelfilen har otillåtna tecken");
        }
        return "'" + account.password() + "'";
    }

    /** What an SQLException on opening means to the secretary. */
    static RuntimeException failure(SQLException e, Path dir) {
        int code = damaged(e) ? ErrorCode.FILE_CORRUPTED_1 : e.getErrorCode();
        return switch (code) {
            case ErrorCode.DATABASE_ALREADY_OPEN_1 -> new ArchiveInUseException(dir);
            case ErrorCode.FILE_CORRUPTED_1, ErrorCode.FILE_VERSION_ERROR_1, ErrorCode.FILE_ENCRYPTION_ERROR_1 ->
                    new DatabaseException("Databasfilen i " + dir + " går inte att läsa: den är skadad eller "
                            + "skapad av ett annat program. Återställ arkivet från en säkerhetskopia, "
                            + "eller välj ett annat arkiv med --data-dir.", e);
            default -> new DatabaseException("Arkivet i " + dir + " kunde inte öppnas. Kontrollera att mappen "
                    + "är skrivbar och att disken inte är full, och försök igen.", e);
        };
    }

    /** H2 reports a damaged file as an MVStore failure under a general error code. */
    private static boolean damaged(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.h2.mvstore.MVStoreException || String.valueOf(t.getMessage()).contains("corrupt")) {
                return true;
            }
        }
        return false;
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // Nothing left to release.
        }
    }
}
