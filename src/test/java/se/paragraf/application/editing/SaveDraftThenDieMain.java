package se.paragraf.application.editing;

import java.io.IOException;
import java.nio.file.Path;
import se.paragraf.app.Composition;
import se.paragraf.application.OpenArchive;
import se.paragraf.domain.paragraph.DecisionBlock;
import se.paragraf.domain.paragraph.Decision;
import se.paragraf.domain.paragraph.Paragraph;
import se.paragraf.domain.paragraph.ParagraphId;

/**
 * Started as a second JVM by {@link AutosaveSurvivesACrashTest}: saves a draft the way autosave
 * does, says so on stdout, then waits to be killed without ever closing the archive.
 */
public final class SaveDraftThenDieMain {
    private SaveDraftThenDieMain() {
    }

    public static void main(String[] args) throws IOException {
        OpenArchive archive = new Composition().open(Path.of(args[0]));
        EditParagraph editor = archive.services().editParagraph();
        Paragraph paragraph = editor.load(new ParagraphId(Long.parseLong(args[1]))).orElseThrow();
        editor.save(paragraph.decide(Decision.of(DecisionBlock.of("Regionstyrelsen beslutar", args[2]))));
        System.out.println("SAVED");
        System.out.flush();
        // Blocks until the parent kills this process; the archive is deliberately never closed.
        System.in.read();
    }
}
