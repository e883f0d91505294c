package se.paragraf.application.delegation;

import java.util.List;
import java.util.Optional;
import se.paragraf.domain.delegation.DelegationReport;
import se.paragraf.domain.paragraph.Attachment;
import se.paragraf.domain.paragraph.ParagraphId;

/**
 * The compiled report: its decisions, the § that holds it (empty while the agenda is not yet
 * numbered: the agenda item then carries a summary, and compiling again after numbering fills
 * the §) and the attached lists.
 */
public record CompiledReport(DelegationReport report, ParagraphId paragraph, List<Attachment> attachments) {
    public CompiledReport {
        attachments = List.copyOf(attachments);
    }

    public Optional<ParagraphId> reportParagraph() {
        return Optional.ofNullable(paragraph);
    }
}
