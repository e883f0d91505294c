package se.paragraf.ui.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.paragraf.ui.TestArchive;
import se.paragraf.ui.task.SynchronousTaskExecutor;

/** A folder's batch import through the view model, on a real archive and real protocol files. */
class FolderImportViewModelTest {
    @TempDir
    Path dataDir;
    @TempDir
    Path folder;
    private TestArchive archive;
    private FolderImportViewModel viewModel;
    private final List<String> progressTexts = new ArrayList<>();
    private int finished;

    @BeforeEach
    void setUp() throws Exception {
        archive = TestArchive.openIn(dataDir);
        viewModel = new FolderImportViewModel(archive.services().importFolder(), new SynchronousTaskExecutor());
        viewModel.progressTextProperty().addListener((observable, previous, text) -> progressTexts.add(text));
        viewModel.onFinished(() -> finished++);
        Files.copy(ImportWizardViewModelTest.SEED, folder.resolve("a-regionstyrelsen-2025-05-20.txt"));
        Files.copy(ImportWizardViewModelTest.HOGSBY, folder.resolve("b-ks-2007-01-08.txt"));
        Files.writeString(folder.resolve("c-inkopslista.txt"), "Mjölk\nSmör\n", StandardCharsets.UTF_8);
    }

    @AfterEach
    void close() {
        archive.close();
    }

    @Test
    void importsTheFolderWithProgressThenSummarisesAndReportsFailuresWithReasons() {
        assertThat(viewModel.start(folder)).isTrue();

        assertThat(progressTexts).contains("1 av 3: a-regionstyrelsen-2025-05-20.txt", "2 av 3: b-ks-2007-01-08.txt",
                "3 av 3: c-inkopslista.txt");
        assertThat(viewModel.progressTextProperty().get()).isEqualTo("Klart: 3 filer genomgångna.");
        assertThat(viewModel.progressProperty().get()).isEqualTo(1.0);
        assertThat(viewModel.runningProperty().get()).isFalse();
        assertThat(viewModel.summaryProperty().get().imported()).hasSize(2);
        assertThat(viewModel.summaryTextProperty().get())
                .startsWith("2 protokoll importerade, inga redan importerade, 1 misslyckades, ");
        assertThat(viewModel.failures()).singleElement().asString().startsWith("c-inkopslista.txt: ");
        assertThat(viewModel.files()).extracting(FolderImportViewModel.FileOutcome::text)
                .element(1).asString().startsWith("a-regionstyrelsen-2025-05-20.txt: Regionstyrelsen 2025-05-20, 40 paragrafer, ");
        assertThat(viewModel.files().get(2).text()).startsWith("b-ks-2007-01-08.txt: Kommunstyrelsen 2007-01-08, 13 paragrafer, ");
        assertThat(finished).isEqualTo(1);
        assertThat(archive.services().listMeetings().all()).hasSize(2);
    }

    @Test
    void theSameFolderAgainDuplicatesNothing() {
        viewModel.start(folder);
        viewModel.start(folder);

        assertThat(viewModel.summaryTextProperty().get())
                .startsWith("Inga protokoll importerade, 2 redan importerade, 1 misslyckades, ");
        assertThat(viewModel.files()).extracting(FolderImportViewModel.FileOutcome::text)
                .contains("b-ks-2007-01-08.txt: redan importerad tidigare, hoppades över");
        assertThat(archive.services().listMeetings().all()).hasSize(2);
        assertThat(archive.services().listMeetings().all())
                .allSatisfy(board -> assertThat(board.meetings()).hasSize(1));
    }

    @Test
    void anEmptyFolderSaysSo() throws Exception {
        Path empty = Files.createDirectory(folder.resolve("tom"));
        viewModel.start(empty);

        assertThat(viewModel.summaryTextProperty().get()).isEqualTo("Mappen innehöll inga protokoll (PDF- eller textfiler).");
        assertThat(viewModel.failures()).isEmpty();
    }
}
