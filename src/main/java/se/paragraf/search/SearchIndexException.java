package se.paragraf.search;

/** The index could not be read or written even after starting it afresh; the message is Swedish. */
public final class SearchIndexException extends RuntimeException {
    public SearchIndexException(String message, Throwable cause) {
        super(message, cause);
    }
}
