package se.paragraf.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.paragraf.ui.TestArchive;
import se.paragraf.ui.task.SynchronousTaskExecutor;

class DemoOfferTest {
    private static final String QUESTION = "Arkivet är tomt. Vill du skapa ett demoarkiv med Regionstyrelsen "
            + "och ett sammanträde ur ett verkligt protokoll?";

    @TempDir
    Path dataDir;
    private TestArchive archive;
    private final List<String> questions = new ArrayList<>();
    private int created;

    @AfterEach
    void close() {
        archive.close();
    }

    @Test
    void anEmptyArchiveIsOfferedTheDemoAndGetsItOnYes() {
        archive = TestArchive.openIn(dataDir);

        offer().offerIfEmpty(answering(true), () -> created++);

        assertThat(questions).containsExactly(QUESTION);
        assertThat(created).isEqualTo(1);
        assertThat(archive.services().describeArchive().describe().isEmpty()).isFalse();
    }

    @Test
    void noLeavesTheArchiveEmpty() {
        archive = TestArchive.openIn(dataDir);

        offer().offerIfEmpty(answering(false), () -> created++);

        assertThat(questions).containsExactly(QUESTION);
        assertThat(created).isZero();
        assertThat(archive.services().describeArchive().describe().isEmpty()).isTrue();
    }

    @Test
    void anArchiveWithDataIsNotAsked() {
        archive = TestArchive.openIn(dataDir).withDemo();

        offer().offerIfEmpty(answering(true), () -> created++);

        assertThat(questions).isEmpty();
        assertThat(created).isZero();
    }

    @Test
    void theMainWindowShowsTheDemoMeetingRightAfterYes() {
        archive = TestArchive.openIn(dataDir);
        MainViewModel main = new MainViewModel(archive.services(), new SynchronousTaskExecutor(), archive.location());

        main.start(answering(true));

        assertThat(main.meetings().boards()).extracting(item -> item.board().title()).contains("Regionstyrelsen");
        assertThat(main.settings().meetingsProperty().get()).isEqualTo("1");
    }

    private DemoOffer offer() {
        return new DemoOffer(archive.services().describeArchive(), archive.services().createDemoArchive(),
                new SynchronousTaskExecutor());
    }

    private Confirmation answering(boolean answer) {
        return question -> {
            questions.add(question);
            return answer;
        };
    }
}
