package se.paragraf.application.importing;

/** The input cannot be read as a protocol at all. The message is Swedish and says what to do. */
public class ImportException extends RuntimeException {
    public ImportException(String message) {
        super(message);
    }

    public ImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
