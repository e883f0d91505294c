package se.paragraf.ui;

import java.nio.file.Path;
import se.paragraf.app.Composition;
import se.paragraf.application.Services;
import se.paragraf.persistence.Database;

/** A real H2 archive in a test's temporary directory, wired by the real composition root. */
public final class TestArchive implements AutoCloseable {
    private final Database database;
    private final Services services;

    private TestArchive(Database database) {
        this.database = database;
        this.services = Composition.services(database);
    }

    public static TestArchive openIn(Path directory) {
        return new TestArchive(Database.openH2(directory));
    }

    public Services services() {
        return services;
    }

    public String location() {
        return database.facts().location();
    }

    public String schemaVersion() {
        return database.facts().schemaVersion();
    }

    public TestArchive withDemo() {
        services.createDemoArchive().create();
        return this;
    }

    @Override
    public void close() {
        database.close();
    }
}
