package se.paragraf.domain.shared;

/**
 * A save made on an older version than the archive holds (ADR 0019): someone else saved in
 * between. Nothing was written; the message tells the secretary to reload and redo the change.
 */
public class StaleVersionException extends DomainException {
    private final long stored;
    private final long yours;

    public StaleVersionException(String what, long stored, long yours) {
        super(capitalised(what) + " har ändrats av någon annan sedan du öppnade "
                + (what.startsWith("§") ? "den" : "det") + " (version " + stored + ", din " + yours
                + "). Ladda om och gör om ändringen.");
        this.stored = stored;
        this.yours = yours;
    }

    private static String capitalised(String what) {
        return what.isEmpty() ? what : Character.toUpperCase(what.charAt(0)) + what.substring(1);
    }

    /** The version the archive holds. */
    public long stored() {
        return stored;
    }

    /** The version the refused save was made on. */
    public long yours() {
        return yours;
    }
}
