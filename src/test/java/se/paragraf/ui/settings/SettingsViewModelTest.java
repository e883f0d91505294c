package se.paragraf.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.paragraf.application.archive.ArchiveInfo;
import se.paragraf.ui.TestArchive;
import se.paragraf.ui.task.SynchronousTaskExecutor;

class SettingsViewModelTest {
    @TempDir
    Path dataDir;
    private TestArchive archive;

    @AfterEach
    void close() {
        archive.close();
    }

    @Test
    void showsDashesUntilLoadedThenTheEmptyArchivesFigures() {
        archive = TestArchive.openIn(dataDir);
        SettingsViewModel viewModel = new SettingsViewModel(archive.services().describeArchive(), new SynchronousTaskExecutor());
        assertThat(viewModel.locationProperty().get()).isEqualTo("–");

        viewModel.load();

        assertThat(viewModel.locationProperty().get()).isEqualTo(archive.location()).contains(dataDir.toString());
        assertThat(viewModel.schemaVersionProperty().get()).isEqualTo(archive.schemaVersion()).isNotBlank();
        assertThat(viewModel.boardsProperty().get()).isEqualTo("0");
        assertThat(viewModel.meetingsProperty().get()).isEqualTo("0");
        assertThat(viewModel.paragraphsProperty().get()).isEqualTo("0");
    }

    @Test
    void countsWhatTheDemoArchiveHolds() {
        archive = TestArchive.openIn(dataDir).withDemo();
        SettingsViewModel viewModel = new SettingsViewModel(archive.services().describeArchive(), new SynchronousTaskExecutor());

        viewModel.load();

        ArchiveInfo info = archive.services().describeArchive().describe();
        assertThat(info.boards()).isPositive();
        assertThat(viewModel.boardsProperty().get()).isEqualTo(Long.toString(info.boards()));
        assertThat(viewModel.meetingsProperty().get()).isEqualTo("1");
        assertThat(viewModel.paragraphsProperty().get()).isEqualTo(Long.toString(info.paragraphs())).isNotEqualTo("0");
    }
}
