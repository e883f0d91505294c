package se.paragraf.domain.assignment;

import java.time.LocalDate;
import se.paragraf.domain.paragraph.ParagraphId;
import se.paragraf.domain.shared.Require;

/**
 * An återrapportering: a later decision reporting on the assignment ("Detta ärende utgör denna
 * information", seed §§ 109–112). A final report ({@code concludes}) closes the assignment; an
 * interim one (lägesinformation, delrapport) leaves it running.
 */
public record ReportBack(ParagraphId paragraph, LocalDate reportedOn, boolean concludes) {
    public ReportBack {
        Require.present(paragraph, "Paragrafen som återrapporterar");
        Require.present(reportedOn, "Datum för återrapporteringen");
    }
}
