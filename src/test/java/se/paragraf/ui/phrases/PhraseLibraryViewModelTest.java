package se.paragraf.ui.phrases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.paragraf.domain.board.Board;
import se.paragraf.domain.board.BoardKind;
import se.paragraf.domain.phrase.Phrase;
import se.paragraf.domain.phrase.PhraseKind;
import se.paragraf.ui.TestArchive;
import se.paragraf.ui.task.SynchronousTaskExecutor;

class PhraseLibraryViewModelTest {
    @TempDir
    Path dataDir;
    private TestArchive archive;
    private Board board;
    private PhraseLibraryViewModel viewModel;

    @BeforeEach
    void open() {
        archive = TestArchive.openIn(dataDir);
        archive.services().manageBoards().createBoard("Ambulansnämnden", BoardKind.BOARD, null, 1);
        board = archive.services().manageBoards().createBoard("Regionstyrelsen", BoardKind.EXECUTIVE_BOARD, null, 2);
        viewModel = new PhraseLibraryViewModel(archive.services().editPhraseLibrary(), archive.services().manageBoards(),
                new SynchronousTaskExecutor());
        viewModel.open(board.id());
    }

    @AfterEach
    void close() {
        archive.close();
    }

    @Test
    void showsTheBoardsDefaultsUntilChanged() {
        assertThat(viewModel.boardProperty().get()).isEqualTo(board);
        assertThat(viewModel.phrases()).extracting(Phrase::abbreviation).contains("b", "lth", "oj");
    }

    @Test
    void addsChangesAndRemovesPhrasesForThisBoardOnly() {
        form("ga", PhraseKind.CLAUSE, "godkänna avtalet");
        viewModel.save();
        viewModel.select(viewModel.phrases().stream().filter(p -> p.abbreviation().equals("lth")).findFirst().orElseThrow());
        viewModel.textProperty().set("lägga informationen till handlingarna med godkännande");
        viewModel.save();
        viewModel.remove(viewModel.phrases().stream().filter(p -> p.abbreviation().equals("oj")).findFirst().orElseThrow());

        var stored = archive.services().editPhraseLibrary().load(board.id());
        assertThat(stored.find("ga")).hasValueSatisfying(p -> assertThat(p.text()).isEqualTo("godkänna avtalet"));
        assertThat(stored.find("lth")).hasValueSatisfying(p -> assertThat(p.text()).endsWith("med godkännande"));
        assertThat(stored.find("oj")).isEmpty();
        var other = archive.services().manageBoards().boards().stream().filter(b -> !b.equals(board)).findFirst().orElseThrow();
        assertThat(archive.services().editPhraseLibrary().load(other.id()).find("oj")).isPresent();
        assertThat(viewModel.abbreviationProperty().get()).as("the form is empty again").isEmpty();
    }

    @Test
    void anUnknownPlaceholderIsShownAndNothingIsStored() {
        form("bx", PhraseKind.FORMULA, "{Styrelse} beslutar");
        assertThat(viewModel.problem()).hasValueSatisfying(p -> assertThat(p).contains("{Styrelse}"));

        viewModel.save();

        assertThat(archive.services().editPhraseLibrary().load(board.id()).find("bx")).isEmpty();
        assertThat(viewModel.statusProperty().get()).contains("Använd {Board} eller {Committee}");
    }

    @Test
    void undoAndRedoTheLastChange() {
        form("ga", PhraseKind.CLAUSE, "godkänna avtalet");
        viewModel.save();

        viewModel.undo();
        assertThat(archive.services().editPhraseLibrary().load(board.id()).find("ga")).isEmpty();
        assertThat(viewModel.phrases()).extracting(Phrase::abbreviation).doesNotContain("ga");
        assertThat(viewModel.statusProperty().get()).isEqualTo("Ångrat: Lägg till frasen ga.");

        viewModel.redo();
        assertThat(archive.services().editPhraseLibrary().load(board.id()).find("ga")).isPresent();
    }

    private void form(String abbreviation, PhraseKind kind, String text) {
        viewModel.abbreviationProperty().set(abbreviation);
        viewModel.kindProperty().set(kind);
        viewModel.textProperty().set(text);
    }
}
