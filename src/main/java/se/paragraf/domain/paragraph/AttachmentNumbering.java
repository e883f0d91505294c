package se.paragraf.domain.paragraph;

import java.util.ArrayList;
import java.util.List;

/**
 * Numbers bilagor through the whole protocol, in § order: every attachment that is attached
 * with a number (or has a stored file) gets the next number; letter labels of information
 * items stay as they are, and listed-only documents stay unnumbered.
 */
public final class AttachmentNumbering {
    private AttachmentNumbering() {
    }

    /** The paragraphs, in the order given (§ order), with their bilagor renumbered from 1. */
    public static List<Paragraph> renumber(List<Paragraph> paragraphsInOrder) {
        int next = 1;
        List<Paragraph> result = new ArrayList<>(paragraphsInOrder.size());
        for (Paragraph paragraph : paragraphsInOrder) {
            List<Attachment> attachments = new ArrayList<>(paragraph.attachments().size());
            for (Attachment attachment : paragraph.attachments()) {
                if (isNumbered(attachment)) {
                    attachments.add(attachment.labelled(Integer.toString(next++)));
                } else {
                    attachments.add(attachment);
                }
            }
            result.add(paragraph.withAttachments(attachments));
        }
        return result;
    }

    private static boolean isNumbered(Attachment attachment) {
        return attachment.label() == null ? attachment.file() != null : attachment.label().matches("\\d+");
    }
}
