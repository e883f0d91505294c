package se.paragraf.domain.shared;

/**
 * A broken business rule. The message is written for the secretary (Swedish), because it
 * travels unchanged to dialogs and to the CLI's stderr.
 */
public class DomainException extends RuntimeException {
    public DomainException(String message) {
        super(message);
    }
}
