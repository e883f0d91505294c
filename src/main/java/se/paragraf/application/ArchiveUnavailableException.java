package se.paragraf.application;

/**
 * The archive cannot be opened: in use by another Paragraf, unreadable, or of a newer version.
 * The message is Swedish and says what to do; it is shown as is.
 */
public class ArchiveUnavailableException extends RuntimeException {
    public ArchiveUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
