package se.paragraf.ui;

import se.paragraf.application.assignment.ClauseProposal;
import se.paragraf.application.assignment.ManageAssignments;
import se.paragraf.domain.paragraph.Paragraph;
import se.paragraf.domain.paragraph.ParagraphId;
import se.paragraf.domain.paragraph.ParagraphNumber;

/** The demo archive's assignments as a secretary would accept them: every proposal of §§ 98, 100 and 114. */
public final class SeedAssignments {
    private SeedAssignments() {
    }

    public static ParagraphId paragraph(TestArchive archive, int number) {
        return archive.unitOfWork().transaction(r -> r.paragraphs().findAfter(null, 100).stream()
                .filter(x -> x.number().equals(ParagraphNumber.of(number))).findFirst().map(Paragraph::id).orElseThrow());
    }

    public static void accept(TestArchive archive) {
        ManageAssignments assignments = archive.services().manageAssignments();
        for (int number : new int[] {98, 100, 114}) {
            ParagraphId p = paragraph(archive, number);
            for (ClauseProposal c : assignments.propose(p)) {
                assignments.accept(p, c.block(), c.clause(), c.proposal().assigneeIfAny().orElse("regiondirektören"),
                        c.proposal().task(), c.proposal().due());
            }
        }
    }
}
