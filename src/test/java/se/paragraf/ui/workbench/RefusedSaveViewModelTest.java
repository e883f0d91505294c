package se.paragraf.ui.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.paragraf.application.Services;
import se.paragraf.domain.paragraph.Paragraph;
import se.paragraf.domain.paragraph.ParagraphId;
import se.paragraf.ui.TestArchive;
import se.paragraf.ui.task.SynchronousTaskExecutor;

/**
 * Autosave when someone else saved the § in between (ADR 0019): the save is refused with the
 * archive's message, what the secretary typed stays in the editor, and reloading takes the
 * other's version, after which her edits are saved again.
 */
class RefusedSaveViewModelTest {
    @TempDir
    Path dataDir;
    private TestArchive archive;
    private Services services;
    private final MutableClock clock = new MutableClock(Instant.parse("2025-09-02T08:00:00Z"), ZoneOffset.UTC);
    private final ManualScheduler scheduler = new ManualScheduler(clock);
    private WorkbenchViewModel workbench;

    @BeforeEach
    void open() {
        archive = TestArchive.openIn(dataDir);
        services = archive.services();
        WorkbenchFixture fixture = WorkbenchFixture.create(services);
        workbench = new WorkbenchViewModel(services, new SynchronousTaskExecutor(), scheduler, clock);
        workbench.open(fixture.meeting.id());
    }

    @AfterEach
    void close() {
        archive.close();
    }

    @Test
    void aRefusedAutosaveSaysWhyAndKeepsWhatWasTyped() {
        Paragraph paragraph = numberedParagraph();
        ParagraphEditorViewModel editor = workbench.editor();
        Services colleague = archive.anotherApplication();
        Paragraph theirs = colleague.editParagraph().load(paragraph.id()).orElseThrow();
        colleague.editParagraph().save(theirs.retitle("Bidrag till idrottsföreningar"));

        editor.edits().title("Bidrag till kulturföreningar");
        scheduler.advance(Duration.ofSeconds(2));

        assertThat(editor.saveRefusedProperty().get()).matches("§ 1 har ändrats av någon annan sedan du öppnade den "
                + "\\(version \\d+, din \\d+\\)\\. Ladda om och gör om ändringen\\.");
        assertThat(workbench.session().statusProperty().get()).contains("har ändrats av någon annan");
        assertThat(workbench.session().failedProperty().get()).isTrue();
        assertThat(editor.paragraph().title()).as("the typed text is kept").isEqualTo("Bidrag till kulturföreningar");
        assertThat(editor.typedProperty().get().title()).isEqualTo("Bidrag till kulturföreningar");
        assertThat(stored(paragraph.id()).title()).isEqualTo("Bidrag till idrottsföreningar");

        // Leaving the field or typing on does not drop it either: it is tried again and refused again.
        editor.edits().title("Bidrag till kulturföreningar 2026");
        editor.commitPending();
        assertThat(editor.paragraph().title()).isEqualTo("Bidrag till kulturföreningar 2026");
        assertThat(editor.saveRefusedProperty().get()).contains("Ladda om");
        assertThat(stored(paragraph.id()).title()).isEqualTo("Bidrag till idrottsföreningar");

        editor.reloadFromArchive();
        assertThat(editor.saveRefusedProperty().get()).isEmpty();
        assertThat(editor.paragraph().title()).isEqualTo("Bidrag till idrottsföreningar");

        editor.edits().title("Bidrag till idrotts- och kulturföreningar");
        scheduler.advance(Duration.ofSeconds(2));
        assertThat(editor.saveRefusedProperty().get()).isEmpty();
        assertThat(workbench.session().failedProperty().get()).isFalse();
        assertThat(stored(paragraph.id()).title()).isEqualTo("Bidrag till idrotts- och kulturföreningar");
    }

    @Test
    void ownStepsUndoAndRedoAreNeverTakenForSomeoneElses() {
        Paragraph paragraph = numberedParagraph();
        ParagraphEditorViewModel editor = workbench.editor();
        editor.edits().title("Ett");
        editor.edits().caseNumbers("25KN12, 25KN13");
        editor.edits().title("Två");
        scheduler.advance(Duration.ofSeconds(2));
        workbench.undo();
        workbench.undo();
        workbench.redo();
        workbench.agenda().addInformation("Förvaltningschefen informerar");
        editor.edits().title("Tre");
        scheduler.advance(Duration.ofSeconds(2));

        assertThat(editor.saveRefusedProperty().get()).isEmpty();
        assertThat(workbench.session().failedProperty().get()).isFalse();
        assertThat(stored(paragraph.id()).title()).isEqualTo("Tre");
        assertThat(stored(paragraph.id()).caseNumbers()).hasSize(2);
    }

    private Paragraph numberedParagraph() {
        workbench.agenda().addMatter("25KN12", "Bidrag till föreningar", "bevilja bidragen");
        workbench.agenda().number();
        workbench.agenda().select(0);
        workbench.editor().edits().sectionText(0, "Förslag");
        workbench.editor().commitPending();
        return services.editParagraph().load(workbench.agenda().rows().get(0).paragraph()).orElseThrow();
    }

    private Paragraph stored(ParagraphId id) {
        return archive.anotherApplication().editParagraph().load(id).orElseThrow();
    }
}
