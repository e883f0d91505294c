package se.paragraf.ui.search;

/** An entry of a filter's drop-down: the value the query gets (null for "all") and its Swedish label. */
public record Choice<T>(T value, String label) {
    @Override
    public String toString() {
        return label;
    }
}
