package se.paragraf.application.assignment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import se.paragraf.application.UnitOfWork;
import se.paragraf.application.agenda.EditAgenda;
import se.paragraf.application.editing.Edit;
import se.paragraf.domain.agenda.AgendaItem;
import se.paragraf.domain.assignment.Assignment;
import se.paragraf.domain.assignment.AssignmentId;
import se.paragraf.domain.board.Board;
import se.paragraf.domain.matter.CaseNumber;
import se.paragraf.domain.meeting.Meeting;
import se.paragraf.domain.paragraph.Paragraph;
import se.paragraf.domain.shared.DomainException;

/**
 * Use case: "Sätt upp på nästa sammanträde": puts an assignment's återrapportering on the agenda
 * of the next meeting of the board that gave it, as a matter under the original case number.
 * The returned {@link Edit} is already done; the caller keeps it for undo.
 */
public final class ScheduleReportBack {
    private static final int MAX_TITLE = 200;
    private final UnitOfWork unitOfWork;
    private final EditAgenda editAgenda;
    private final Clock clock;

    public ScheduleReportBack(UnitOfWork unitOfWork, EditAgenda editAgenda, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.editAgenda = editAgenda;
        this.clock = clock;
    }

    public record Scheduled(Meeting meeting, AgendaItem item, Edit edit) {
    }

    public Scheduled putOnNextMeeting(AssignmentId id) {
        LocalDate today = LocalDate.now(clock);
        Plan plan = unitOfWork.transaction(r -> {
            Assignment assignment = r.assignments().findById(id).orElseThrow(() -> new DomainException(
                    "Uppdraget finns inte längre i arkivet. Uppdatera bevakningslistan."));
            String boardName = r.boards().findById(assignment.board()).map(Board::name).orElse("Organet");
            Meeting next = r.meetings().findByBoard(assignment.board()).stream()
                    .filter(m -> !m.date().isBefore(today)).min(Comparator.comparing(Meeting::date))
                    .orElseThrow(() -> new DomainException(boardName + " har inget kommande sammanträde. "
                            + "Planera nästa sammanträde under Sammanträden och försök igen."));
            Paragraph origin = ManageAssignments.paragraph(r, assignment.origin().paragraph());
            return new Plan(assignment, next, origin);
        });
        String title = title(plan.assignment());
        boolean already = editAgenda.show(plan.meeting().id()).items().stream().anyMatch(i -> i.title().equals(title));
        if (already) {
            throw new DomainException("Återrapporteringen står redan på föredragningslistan för " + plan.meeting().date() + ".");
        }
        CaseNumber caseNumber = plan.origin().caseNumbers().isEmpty() ? null : plan.origin().caseNumbers().get(0);
        AgendaItem item = editAgenda.newMatter(caseNumber, title, proposal(plan));
        Edit edit = editAgenda.add(plan.meeting().id(), item);
        edit.execute();
        return new Scheduled(plan.meeting(), item, edit);
    }

    private record Plan(Assignment assignment, Meeting meeting, Paragraph origin) {
    }

    static String title(Assignment a) {
        String title = "Återrapportering av uppdrag: " + a.task();
        return title.length() <= MAX_TITLE ? title : title.substring(0, MAX_TITLE - 1).strip() + "…";
    }

    private static String proposal(Plan plan) {
        Assignment a = plan.assignment();
        return "Uppdrag till " + a.assignee() + " enligt § " + plan.origin().number() + " den " + a.givenOn()
                + ": att " + a.task() + ". Redovisas: " + a.currentDue().display() + ".";
    }
}
