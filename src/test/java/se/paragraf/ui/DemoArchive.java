package se.paragraf.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import se.paragraf.application.Services;
import se.paragraf.domain.meeting.MeetingId;

/**
 * One demo archive for all tests of a class ({@code @RegisterExtension static}): importing the
 * seed protocol takes seconds, so tests that only read it, or change what the others do not
 * look at, share it.
 */
public final class DemoArchive implements BeforeAllCallback, AfterAllCallback {
    private Path dataDir;
    private TestArchive archive;
    private MeetingId meeting;

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        dataDir = Files.createTempDirectory("paragraf-demo");
        archive = TestArchive.openIn(dataDir).withDemo();
        meeting = archive.demoMeeting();
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        archive.close();
        try (Stream<Path> files = Files.walk(dataDir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    public Services services() {
        return archive.services();
    }

    /** The demo's imported regionstyrelse meeting of 2025-05-20. */
    public MeetingId meeting() {
        return meeting;
    }

    /** The archive's directory; files a test writes there are removed with it. */
    public Path dataDir() {
        return dataDir;
    }
}
