package se.paragraf.persistence;

/**
 * The archive could not be opened, migrated, read or written. The message is Swedish and says
 * what to do, because it reaches the secretary unchanged (dialog or the CLI's stderr).
 */
public class DatabaseException extends RuntimeException {
    public DatabaseException(String message) {
        super(message);
    }

    public DatabaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
