package se.paragraf.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.h2.api.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.paragraf.application.Repositories;

/** ADR 0020: the archive's own passwords, the key file, and what the application's account may not do. */
class ArchiveCredentialsTest {
    @TempDir
    Path dataDir;

    @Test
    void aNewArchiveHasItsOwnPasswordsInAKeyFileForTheUserAlone() throws Exception {
        Database.openH2(dataDir).close();

        Path key = dataDir.resolve(ArchiveCredentials.FILE_NAME);
        assertThat(key).exists();
        assertOwnerOnly(key);
        assertThat(dataDir.resolve(ArchiveCredentials.FILE_NAME + ".tmp")).doesNotExist();
        ArchiveCredentials credentials = ArchiveCredentials.read(dataDir);
        assertThat(credentials.owner().user()).isEqualTo("SA");
        assertThat(credentials.app().user()).isEqualTo("PARAGRAF_APP");
        assertThat(credentials.owner().password()).hasSizeGreaterThanOrEqualTo(32).matches("[A-Za-z0-9_-]+")
                .isNotEqualTo(credentials.app().password());
        assertThat(credentials.owner().toString()).doesNotContain(credentials.owner().password());
        assertRefused(() -> connect("sa", ""));
        assertRefused(() -> connect("SA", ""));
        connect(credentials.owner().user(), credentials.owner().password()).close();
        connect(credentials.app().user(), credentials.app().password()).close();
    }

    @Test
    void twoArchivesGetDifferentPasswords(@TempDir Path other) {
        Database.openH2(dataDir).close();
        Database.openH2(other).close();
        assertThat(ArchiveCredentials.read(dataDir).owner().password())
                .isNotEqualTo(ArchiveCredentials.read(other).owner().password());
    }

    @Test
    void anArchiveWithTheBuiltInSaWithoutPasswordGetsItsOwnOnFirstOpening() throws Exception {
        legacyArchive();

        try (Database database = Database.openH2(dataDir)) {
            assertThat(database.unitOfWork().transaction((Repositories r) -> r.boards().count())).isEqualTo(1);
        }
        assertOwnerOnly(dataDir.resolve(ArchiveCredentials.FILE_NAME));
        assertRefused(() -> connect("sa", ""));
        ArchiveCredentials credentials = ArchiveCredentials.read(dataDir);
        connect(credentials.owner().user(), credentials.owner().password()).close();
        // And again: the second opening uses the key file, nothing is migrated twice.
        try (Database database = Database.openH2(dataDir)) {
            assertThat(database.unitOfWork().transaction((Repositories r) -> r.boards().count())).isEqualTo(1);
        }
        assertThat(ArchiveCredentials.read(dataDir).owner().password()).isEqualTo(credentials.owner().password());
    }

    @Test
    void aCrashAfterTheKeyFileWasWrittenButBeforeThePasswordWasSetIsFinishedOnTheNextOpening() throws Exception {
        legacyArchive();
        // What the first opening left when it was killed between the two steps: the key file, and sa still open.
        ArchiveCredentials written = ArchiveCredentials.generate();
        written.writeNew(dataDir);

        try (Database database = Database.openH2(dataDir)) {
            assertThat(database.unitOfWork().transaction((Repositories r) -> r.boards().count())).isEqualTo(1);
        }
        assertRefused(() -> connect("sa", ""));
        connect(written.owner().user(), written.owner().password()).close();
    }

    @Test
    void aProtectedArchiveWithoutItsKeyFileNamesTheMissingFile() throws Exception {
        Database.openH2(dataDir).close();
        Path key = dataDir.resolve(ArchiveCredentials.FILE_NAME);
        Files.delete(key);

        assertThatThrownBy(() -> Database.openH2(dataDir))
                .isInstanceOf(DatabaseException.class)
                .hasMessage("Nyckelfilen " + key.toAbsolutePath().normalize() + " saknas; arkivet kan inte öppnas "
                        + "utan den. Återställ den från säkerhetskopian (den ligger bredvid paragraf.mv.db).");
        // Nothing was written in its place, the archive was not given a new key, and the refused
        // opening released the archive: a second attempt says the same, not "in use".
        assertThat(key).doesNotExist();
        assertThatThrownBy(() -> Database.openH2(dataDir)).isInstanceOf(DatabaseException.class)
                .hasMessageContaining("saknas");
        assertThatThrownBy(() -> ArchiveCredentials.read(dataDir)).isInstanceOf(DatabaseException.class)
                .hasMessageContaining("saknas");
    }

    @Test
    void aDamagedOrForeignKeyFileIsNamed(@TempDir Path other) throws Exception {
        Database.openH2(dataDir).close();
        Path key = dataDir.resolve(ArchiveCredentials.FILE_NAME);
        String original = Files.readString(key);

        Files.writeString(key, "format=paragraf-nyckel/1\nowner.user=SA\n");
        assertThatThrownBy(() -> Database.openH2(dataDir)).isInstanceOf(DatabaseException.class)
                .hasMessageStartingWith("Nyckelfilen " + key.toAbsolutePath().normalize() + " är skadad");

        Database.openH2(other).close();
        Files.copy(other.resolve(ArchiveCredentials.FILE_NAME), key, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertThatThrownBy(() -> Database.openH2(dataDir)).isInstanceOf(DatabaseException.class)
                .hasMessageContaining("hör inte till arkivet").hasMessageContaining("lösenordet i den stämmer inte");

        Files.writeString(key, original);
        Database.openH2(dataDir).close();
    }

    @Test
    void aKeyFileRestoredReadableForOthersIsMadePrivateAgain() throws Exception {
        Database.openH2(dataDir).close();
        Path key = dataDir.resolve(ArchiveCredentials.FILE_NAME);
        assumeTrue(Files.getFileAttributeView(key, PosixFileAttributeView.class) != null);
        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-r--r--"));

        Database.openH2(dataDir).close();
        assertOwnerOnly(key);
    }

    @Test
    void anUnreadableKeyFileSaysSo() throws Exception {
        Database.openH2(dataDir).close();
        Path key = dataDir.resolve(ArchiveCredentials.FILE_NAME);
        assumeTrue(Files.getFileAttributeView(key, PosixFileAttributeView.class) != null);
        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("---------"));
        assumeTrue(!Files.isReadable(key), "root reads any file");
        try {
            assertThatThrownBy(() -> Database.openH2(dataDir)).isInstanceOf(DatabaseException.class)
                    .hasMessageContaining("går inte att läsa");
        } finally {
            Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-------"));
        }
    }

    @Test
    void theApplicationsAccountGetsTheKeyFilesPasswordBackIfItChangedItsOwn() throws Exception {
        Database.openH2(dataDir).close();
        ArchiveCredentials credentials = ArchiveCredentials.read(dataDir);
        try (Connection app = connect(credentials.app().user(), credentials.app().password());
             Statement s = app.createStatement()) {
            s.execute("alter user " + credentials.app().user() + " set password 'lastOut'");
        }
        try (Database database = Database.openH2(dataDir)) {
            assertThat(database.unitOfWork().transaction((Repositories r) -> r.boards().count())).isZero();
        }
        connect(credentials.app().user(), credentials.app().password()).close();
    }

    /** An archive as versions before ADR 0020 left it: the built-in sa with an empty password. */
    private void legacyArchive() throws Exception {
        Database.openH2(dataDir).close();
        ArchiveCredentials credentials = ArchiveCredentials.read(dataDir);
        try (Connection owner = connect(credentials.owner().user(), credentials.owner().password());
             Statement s = owner.createStatement()) {
            s.execute("insert into board (id, name, kind, adjuster_count) values (1, 'Kommunstyrelsen', "
                    + "'EXECUTIVE_BOARD', 2)");
            s.execute("drop user paragraf_app");
            s.execute("alter user sa set password ''");
        }
        Files.delete(dataDir.resolve(ArchiveCredentials.FILE_NAME));
        connect("sa", "").close();
    }

    private Connection connect(String user, String password) throws SQLException {
        return DriverManager.getConnection("jdbc:h2:file:" + dataDir.toAbsolutePath().resolve(Database.H2_FILE_NAME)
                + Database.H2_OPTIONS, user, password);
    }

    @FunctionalInterface
    private interface Connect {
        Connection open() throws SQLException;
    }

    private static void assertRefused(Connect connect) {
        assertThatThrownBy(() -> connect.open().close()).isInstanceOf(SQLException.class)
                .satisfies(e -> assertThat(((SQLException) e).getErrorCode()).isEqualTo(ErrorCode.WRONG_USER_OR_PASSWORD));
    }

    private static void assertOwnerOnly(Path file) throws Exception {
        if (Files.getFileAttributeView(file, PosixFileAttributeView.class) != null) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        }
    }
}
