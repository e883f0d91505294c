package se.paragraf.ui.main;

/** Asks the user a yes/no question; a dialog in the app, a fixed answer in tests. */
@FunctionalInterface
public interface Confirmation {
    boolean confirm(String question);
}
