package se.paragraf.application.editing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.paragraf.app.Composition;
import se.paragraf.application.OpenArchive;
import se.paragraf.domain.paragraph.Clause;
import se.paragraf.domain.paragraph.Paragraph;

class AutosaveSurvivesACrashTest {
    @TempDir
    Path dataDir;

    @Test
    void aSavedDraftIsThereAfterTheProcessIsKilled() throws Exception {
        Paragraph paragraph;
        try (OpenArchive archive = new Composition().open(dataDir)) {
            archive.services().createDemoArchive().create();
            paragraph = archive.services().showMeeting().show(archive.services().listMeetings().all().stream()
                    .flatMap(b -> b.meetings().stream()).filter(m -> m.paragraphCount() > 0).findFirst().orElseThrow()
                    .meeting().id()).orElseThrow().paragraphs().get(0);
        }
        Process editor = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), SaveDraftThenDieMain.class.getName(),
                dataDir.toString(), Long.toString(paragraph.id().value()), "godkänna utkastet som sparades")
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(editor.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(out.readLine()).isEqualTo("SAVED");
        } finally {
            editor.destroyForcibly();
            assertThat(editor.waitFor(60, TimeUnit.SECONDS)).as("killed editor ended").isTrue();
        }
        try (OpenArchive archive = new Composition().open(dataDir)) {
            Paragraph reread = archive.services().editParagraph().load(paragraph.id()).orElseThrow();
            assertThat(reread.decision().blocks().get(0).clauses())
                    .containsExactly(new Clause("godkänna utkastet som sparades"));
        }
    }
}
