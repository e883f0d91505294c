package se.paragraf.application.importing;

import java.util.List;
import se.paragraf.domain.meeting.MeetingId;
import se.paragraf.domain.paragraph.Paragraph;
import se.paragraf.domain.paragraph.ParagraphId;

/**
 * A parsed paragraph as it would be saved, for the import wizard's preview: converted exactly as
 * {@link ImportProtocol} converts it, with the warnings the conversion would add. Nothing is saved,
 * so the ids are placeholders.
 */
public record ParagraphPreview(Paragraph paragraph, List<String> warnings) {
    private static final ParagraphId PREVIEW_PARAGRAPH = new ParagraphId(1);
    private static final MeetingId PREVIEW_MEETING = new MeetingId(1);

    public ParagraphPreview {
        warnings = List.copyOf(warnings);
    }

    /**
     * @param boardName used for a missing decision formula, as the import would
     * @throws se.paragraf.domain.shared.DomainException when the § number cannot be read; the message says how to fix it
     */
    public static ParagraphPreview of(ParsedParagraph parsed, String boardName) {
        ParagraphConversion.Converted converted = ParagraphConversion.convert(parsed, PREVIEW_PARAGRAPH,
                PREVIEW_MEETING, boardName == null || boardName.isBlank() ? "Nämnden" : boardName.strip());
        return new ParagraphPreview(converted.paragraph(), converted.warnings());
    }
}
