package se.paragraf.persistence;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An exclusive OS lock on {@code paragraf.lock} in the data directory, held while the archive
 * is open. H2 has its own file lock, but its failure reads as a stack trace; this one is taken
 * first so that a second window gets a clear Swedish message instead. The OS releases the lock
 * when the process dies, so a crash never leaves the archive locked.
 */
final class ArchiveLock implements AutoCloseable {
    static final String FILE_NAME = "paragraf.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private ArchiveLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static ArchiveLock acquire(Path dataDir) {
        Path file = dataDir.resolve(FILE_NAME);
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new DatabaseException("Paragraf kan inte skriva i arkivmappen " + dataDir
                    + ". Kontrollera att mappen finns och att du har skrivrätt, eller välj en annan med --data-dir.", e);
        }
        try {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw new ArchiveInUseException(dataDir);
            }
            return new ArchiveLock(channel, lock);
        } catch (OverlappingFileLockException e) {
            // The lock is held by this very process, e.g. a second window opened in the same JVM.
            closeQuietly(channel);
            throw new ArchiveInUseException(dataDir);
        } catch (ArchiveInUseException e) {
            closeQuietly(channel);
            throw e;
        } catch (IOException e) {
            closeQuietly(channel);
            throw new DatabaseException("Paragraf kunde inte låsa arkivet i " + dataDir
                    + ". Kontrollera att mappen ligger på en lokal disk där du har skrivrätt.", e);
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // Closing the channel below releases the lock anyway.
        } finally {
            closeQuietly(channel);
        }
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // Nothing left to release.
        }
    }
}
