package se.paragraf.persistence;

import java.io.IOException;
import java.io.StringReader;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The two accounts of an H2 archive (ADR 0020), kept in {@value #FILE_NAME} beside
 * {@code paragraf.mv.db}: the owner ({@code SA}, admin: migrations, triggers, grants) and the
 * application's account ({@code PARAGRAF_APP}: rows only, and only adding to the append-only
 * tables). Both passwords are generated per archive; the file is readable by its OS user alone.
 * Whoever holds the file holds the archive: it is backed up with the database and given to no one.
 */
public final class ArchiveCredentials {
    private static final Logger LOG = LoggerFactory.getLogger(ArchiveCredentials.class);

    public static final String FILE_NAME = "paragraf.key";
    static final String FORMAT = "paragraf-nyckel/1";
    static final String OWNER_USER = "SA";
    static final String APP_USER = "PARAGRAF_APP";
    /** Base64url of 32 random bytes is 43 characters; nothing in it needs quoting in SQL. */
    private static final Pattern PASSWORD = Pattern.compile("[A-Za-z0-9_-]{32,200}");
    private static final Pattern USER = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,60}");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Set<PosixFilePermission> OWNER_ONLY = Collections.unmodifiableSet(
            EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));

    /** One H2 login. {@code toString} leaves the password out, so that no log line carries it. */
    public record Account(String user, String password) {
        @Override
        public String toString() {
            return user;
        }
    }

    private final Account owner;
    private final Account app;

    private ArchiveCredentials(Account owner, Account app) {
        this.owner = owner;
        this.app = app;
    }

    /** The admin account that owns the schema: for migrations, and for an IT department's tools. */
    public Account owner() {
        return owner;
    }

    /** The account the application works with: no DDL, no admin rights, no rewriting of sealed rows. */
    public Account app() {
        return app;
    }

    /**
     * The key file of the archive in {@code dataDir}.
     *
     * @throws DatabaseException with a Swedish message naming the cause when it is missing, unreadable or damaged
     */
    public static ArchiveCredentials read(Path dataDir) {
        Path file = fileIn(dataDir);
        return readIfPresent(dataDir).orElseThrow(() -> missing(file));
    }

    static Path fileIn(Path dataDir) {
        return dataDir.toAbsolutePath().normalize().resolve(FILE_NAME);
    }

    static Optional<ArchiveCredentials> readIfPresent(Path dataDir) {
        Path file = fileIn(dataDir);
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (AccessDeniedException e) {
            throw new DatabaseException("Nyckelfilen " + file + " går inte att läsa: ditt konto saknar läsrätt till "
                    + "den. Arkivet kan inte öppnas utan den. Kontrollera filens behörigheter, eller återställ den "
                    + "från säkerhetskopian.", e);
        } catch (IOException e) {
            throw new DatabaseException("Nyckelfilen " + file + " går inte att läsa (" + e.getMessage()
                    + "). Arkivet kan inte öppnas utan den. Återställ den från säkerhetskopian.", e);
        }
        Properties p = new Properties();
        try {
            p.load(new StringReader(text));
        } catch (IOException | IllegalArgumentException e) {
            throw damaged(file, e);
        }
        if (!FORMAT.equals(p.getProperty("format"))) {
            throw damaged(file, null);
        }
        Account owner = account(p, "owner", file);
        Account app = account(p, "app", file);
        return Optional.of(new ArchiveCredentials(owner, app));
    }

    private static Account account(Properties p, String prefix, Path file) {
        String user = p.getProperty(prefix + ".user", "").strip();
        String password = p.getProperty(prefix + ".password", "").strip();
        if (!USER.matcher(user).matches() || !PASSWORD.matcher(password).matches()) {
            throw damaged(file, null);
        }
        return new Account(user, password);
    }

    static DatabaseException missing(Path file) {
        return new DatabaseException("Nyckelfilen " + file + " saknas; arkivet kan inte öppnas utan den. "
                + "Återställ den från säkerhetskopian (den ligger bredvid paragraf.mv.db).");
    }

    private static DatabaseException damaged(Path file, Exception cause) {
        return new DatabaseException("Nyckelfilen " + file + " är skadad; arkivet kan inte öppnas utan den. "
                + "Återställ den från säkerhetskopian.", cause);
    }

    /** Two new random passwords for a new or an upgraded archive. */
    static ArchiveCredentials generate() {
        return new ArchiveCredentials(new Account(OWNER_USER, password()), new Account(APP_USER, password()));
    }

    private static String password() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /**
     * Writes the key file into {@code dataDir} where there is none: first to a temporary file
     * readable by this OS user alone, forced to disk, then moved into place in one step, so that a
     * crash leaves either no key file or a whole one, never a half. Done before the database is
     * given the passwords, so that the database never has a password the disk does not hold.
     */
    void writeNew(Path dataDir) {
        Path file = fileIn(dataDir);
        Path temporary = file.resolveSibling(FILE_NAME + ".tmp");
        try {
            Files.deleteIfExists(temporary);
            // Made private while still empty: the passwords are never in a file others may read.
            Files.createFile(temporary, ownerOnly(temporary));
            restrictToOwner(temporary);
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                channel.write(StandardCharsets.UTF_8.encode(text()));
                channel.force(true);
            }
            if (Files.exists(file)) {
                // A rename replaces on POSIX; an archive's key is never replaced.
                throw new FileAlreadyExistsException(file.toString());
            }
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file);
            }
            forceDirectory(file.getParent());
        } catch (FileAlreadyExistsException e) {
            throw new DatabaseException("Nyckelfilen " + file + " finns redan men kunde inte läsas in. "
                    + "Kontrollera den, eller återställ den från säkerhetskopian.", e);
        } catch (IOException e) {
            throw new DatabaseException("Paragraf kan inte skriva nyckelfilen " + file + " (" + e.getMessage()
                    + "). Kontrollera att du har skrivrätt i arkivmappen och att disken inte är full.", e);
        } finally {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // Only a leftover temporary file; the next write replaces it.
            }
        }
    }

    private String text() {
        return "# Paragraf: nycklarna till arkivet paragraf.mv.db i den här mappen (ADR 0020).\n"
                + "# Utan den här filen kan arkivet inte öppnas. Säkerhetskopiera den tillsammans med arkivet\n"
                + "# och ge ingen annan läsrätt till den: den som har filen och nyckeln kan ändra allt i arkivet.\n"
                + "format=" + FORMAT + "\n"
                + "owner.user=" + owner.user() + "\n"
                + "owner.password=" + owner.password() + "\n"
                + "app.user=" + app.user() + "\n"
                + "app.password=" + app.password() + "\n";
    }

    private static FileAttribute<?>[] ownerOnly(Path file) {
        if (Files.getFileAttributeView(file.getParent(), PosixFileAttributeView.class) != null) {
            return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)};
        }
        return new FileAttribute<?>[0];
    }

    /**
     * Read and write for the file's owner alone: 0600 where the file system has POSIX permissions
     * (set again, whatever the umask did), otherwise an ACL with one entry for the owner (Windows).
     * A file system with neither keeps its defaults; that is logged, not refused.
     */
    static void restrictToOwner(Path file) {
        try {
            if (Files.getFileAttributeView(file, PosixFileAttributeView.class) != null) {
                Files.setPosixFilePermissions(file, OWNER_ONLY);
                return;
            }
            AclFileAttributeView acl = Files.getFileAttributeView(file, AclFileAttributeView.class);
            if (acl != null) {
                UserPrincipal owner = acl.getOwner();
                acl.setAcl(List.of(AclEntry.newBuilder().setType(AclEntryType.ALLOW).setPrincipal(owner)
                        .setPermissions(EnumSet.allOf(AclEntryPermission.class)).build()));
                return;
            }
            LOG.warn("Nyckelfilen {} fick filsystemets standardbehörigheter: det stöder varken POSIX-rättigheter "
                    + "eller ACL:er", file);
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            LOG.warn("Behörigheterna på nyckelfilen {} kunde inte begränsas till ägaren", file, e);
        }
    }

    /**
     * Narrows a key file that others may read (restored from a backup, copied) back to its owner;
     * leaves one that is already private alone.
     */
    static void keepPrivate(Path dataDir) {
        Path file = fileIn(dataDir);
        if (Files.getFileAttributeView(file, PosixFileAttributeView.class) == null) {
            return; // an ACL (Windows) is left as the owner or the IT department set it
        }
        try {
            if (OWNER_ONLY.containsAll(Files.getPosixFilePermissions(file))) {
                return;
            }
        } catch (IOException e) {
            return;
        }
        LOG.warn("Nyckelfilen {} kunde läsas av andra än ägaren; den görs privat igen", file);
        restrictToOwner(file);
    }

    /** Makes the move itself durable where the platform can sync a directory (not on Windows). */
    private static void forceDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            LOG.debug("Arkivmappen {} kunde inte synkas till disken", dir, e);
        }
    }
}
