package se.paragraf.persistence;

import java.nio.file.Path;

/** Started as a second JVM by {@link DatabaseLifecycleTest}: tries to open an archive that is already open. */
public final class OpenArchiveMain {
    private OpenArchiveMain() {
    }

    public static void main(String[] args) {
        try (Database database = Database.openH2(Path.of(args[0]))) {
            System.err.println("Oväntat öppnat: " + database.facts().location());
            System.exit(0);
        } catch (DatabaseException e) {
            System.err.println(e.getMessage());
            System.exit(3);
        }
    }
}
