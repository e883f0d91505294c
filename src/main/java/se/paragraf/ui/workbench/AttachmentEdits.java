package se.paragraf.ui.workbench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import se.paragraf.application.editing.AttachFile;
import se.paragraf.application.editing.Edit;
import se.paragraf.application.editing.EditParagraph;
import se.paragraf.application.editing.NumberAttachments;
import se.paragraf.application.editing.ValueEdit;
import se.paragraf.domain.paragraph.Attachment;
import se.paragraf.domain.paragraph.Paragraph;
import se.paragraf.domain.paragraph.StoredFile;
import se.paragraf.domain.shared.DomainException;
import se.paragraf.ui.Messages;

/**
 * Bilagor: a file is stored in the archive, added to the § and all bilagor of the protocol are
 * numbered again in § order, as one undoable step.
 */
public final class AttachmentEdits {
    private final ParagraphEditorViewModel editor;
    private final EditParagraph editParagraph;
    private final AttachFile attachFile;
    private final NumberAttachments numberAttachments;

    public AttachmentEdits(ParagraphEditorViewModel editor, EditParagraph editParagraph, AttachFile attachFile,
                           NumberAttachments numberAttachments) {
        this.editor = editor;
        this.editParagraph = editParagraph;
        this.attachFile = attachFile;
        this.numberAttachments = numberAttachments;
    }

    /** Attaches the file under its name without extension as title; read and stored off the FX thread. */
    public void attach(Path file) {
        String name = file.getFileName().toString();
        String title = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
        editor.perform(before -> {
            StoredFile stored = attachFile.store(name, read(file));
            return renumbered(Messages.get("editor.edit.attach"), before,
                    p -> p.withAttachments(Lists.plus(p.attachments(), new Attachment(null, title, stored))));
        });
    }

    public void remove(int index) {
        editor.perform(before -> renumbered(Messages.get("editor.edit.removeAttachment"), before,
                p -> p.withAttachments(Lists.without(p.attachments(), index))));
    }

    private Edit renumbered(String description, Paragraph before, UnaryOperator<Paragraph> change) {
        ValueEdit<Paragraph> edit = editParagraph.edit(description, before, change);
        return new Edit() {
            private ValueEdit<List<Paragraph>> numbering;

            @Override
            public String description() {
                return description;
            }

            @Override
            public void execute() {
                edit.execute();
                if (numbering == null) {
                    numbering = numberAttachments.number(before.meeting());
                }
                numbering.execute();
            }

            @Override
            public void undo() {
                numbering.undo();
                edit.undo();
            }
        };
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new DomainException(Messages.get("editor.attachFailed", file.getFileName().toString()));
        }
    }
}
