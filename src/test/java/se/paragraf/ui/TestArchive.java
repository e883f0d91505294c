package se.paragraf.ui;

import java.nio.file.Path;
import se.paragraf.app.Composition;
import se.paragraf.application.Services;
import se.paragraf.persistence.Database;
import se.paragraf.search.LuceneParagraphIndex;

/** A real H2 archive in a test's temporary directory, wired by the real composition root. */
public final class TestArchive implements AutoCloseable {
    private final Database database;
    private final LuceneParagraphIndex index;
    private final Services services;

    private TestArchive(Database database, LuceneParagraphIndex index) {
        this.database = database;
        this.index = index;
        this.services = Composition.services(database, index);
    }

    public static TestArchive openIn(Path directory) {
        return new TestArchive(Database.openH2(directory),
                LuceneParagraphIndex.open(directory.resolve(Composition.INDEX_DIRECTORY)));
    }

    public Services services() {
        return services;
    }

    /**
     * A second Paragraf on the same archive, wired by the same composition root, as two
     * secretaries on one shared archive are: its use cases know nothing of what this one read.
     */
    public Services anotherApplication() {
        return Composition.services(database, index);
    }

    /** For use cases a test wires itself, e.g. with a fixed clock. */
    public LuceneParagraphIndex index() {
        return index;
    }

    public se.paragraf.application.UnitOfWork unitOfWork() {
        return database.unitOfWork();
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

    /** The demo's meeting with paragraphs (the seed protocol's), after {@link #withDemo}. */
    public se.paragraf.domain.meeting.MeetingId demoMeeting() {
        return services.listMeetings().all().stream().flatMap(b -> b.meetings().stream())
                .filter(m -> m.paragraphCount() > 0).findFirst().orElseThrow().meeting().id();
    }

    @Override
    public void close() {
        index.close();
        database.close();
    }
}
