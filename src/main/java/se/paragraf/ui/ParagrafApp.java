package se.paragraf.ui;

import se.paragraf.application.Services;

/** Placeholder until the window lands from the ui branch. */
public final class ParagrafApp {
    private ParagrafApp() {
    }

    public static void launchWith(Services services, String archiveLocation) {
        throw new UnsupportedOperationException("Fönstret är inte byggt ännu.");
    }

    public static void showStartupError(String swedishMessage) {
        throw new UnsupportedOperationException(swedishMessage);
    }
}
