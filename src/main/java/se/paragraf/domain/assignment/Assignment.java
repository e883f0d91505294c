package se.paragraf.domain.assignment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import se.paragraf.domain.board.BoardId;
import se.paragraf.domain.shared.DomainException;
import se.paragraf.domain.shared.Require;

/**
 * An uppdrag a board gave in a decision: to whom, what, by when, and what later decisions did
 * with it (extensions, report-backs). Its status is derived from these and today's date.
 */
public record Assignment(AssignmentId id, BoardId board, DecisionRef origin, LocalDate givenOn, String assignee,
                         String task, Due due, List<Extension> extensions, List<ReportBack> reports) {
    /** How many days before its due date an assignment counts as due soon: about one meeting cycle. */
    public static final int DUE_SOON_DAYS = 30;

    public Assignment {
        Require.present(id, "Uppdragets id");
        Require.present(board, "Organ");
        Require.present(origin, "Beslutet som gav uppdraget");
        Require.present(givenOn, "Beslutsdatum");
        assignee = Require.text(assignee, "Vem uppdraget ges till");
        task = Require.text(task, "Uppdragets beskrivning");
        due = due == null ? Due.NONE : due;
        extensions = List.copyOf(Require.present(extensions, "Förlängningar"));
        reports = List.copyOf(Require.present(reports, "Återrapporteringar"));
    }

    public static Assignment given(AssignmentId id, BoardId board, DecisionRef origin, LocalDate givenOn,
                                   String assignee, String task, Due due) {
        return new Assignment(id, board, origin, givenOn, assignee, task, due, List.of(), List.of());
    }

    /** The due date in force: the latest extension's, else the original. */
    public Due currentDue() {
        return extensions.stream().max(Comparator.comparing(Extension::decidedOn)).map(Extension::newDue).orElse(due);
    }

    public AssignmentStatus status(LocalDate today) {
        Require.present(today, "Dagens datum");
        if (reports.stream().anyMatch(ReportBack::concludes)) {
            return AssignmentStatus.CLOSED;
        }
        LocalDate dueDate = currentDue().date();
        if (dueDate != null && today.isAfter(dueDate)) {
            return AssignmentStatus.OVERDUE;
        }
        if (dueDate != null && !today.plusDays(DUE_SOON_DAYS).isBefore(dueDate)) {
            return AssignmentStatus.DUE_SOON;
        }
        if (!reports.isEmpty()) {
            return AssignmentStatus.REPORTED;
        }
        return extensions.isEmpty() ? AssignmentStatus.OPEN : AssignmentStatus.EXTENDED;
    }

    public Assignment edit(String newAssignee, String newTask, Due newDue) {
        return new Assignment(id, board, origin, givenOn, newAssignee, newTask, newDue, extensions, reports);
    }

    public Assignment extend(Extension extension) {
        Require.present(extension, "Förlängning");
        if (extension.decidedOn().isBefore(givenOn)) {
            throw new DomainException("En förlängning kan inte vara beslutad före uppdraget gavs (" + givenOn + ").");
        }
        if (extensions.stream().anyMatch(e -> e.paragraph().equals(extension.paragraph()))) {
            throw new DomainException("Uppdraget är redan förlängt genom den paragrafen.");
        }
        List<Extension> more = new ArrayList<>(extensions);
        more.add(extension);
        return new Assignment(id, board, origin, givenOn, assignee, task, due, more, reports);
    }

    public Assignment reportBack(ReportBack report) {
        Require.present(report, "Återrapportering");
        if (report.reportedOn().isBefore(givenOn)) {
            throw new DomainException("En återrapportering kan inte komma före uppdraget gavs (" + givenOn + ").");
        }
        if (reports.stream().anyMatch(r -> r.paragraph().equals(report.paragraph()))) {
            throw new DomainException("Den paragrafen är redan kopplad som återrapportering av uppdraget.");
        }
        if (reports.stream().anyMatch(ReportBack::concludes)) {
            throw new DomainException("Uppdraget är redan slutredovisat och avslutat.");
        }
        List<ReportBack> more = new ArrayList<>(reports);
        more.add(report);
        return new Assignment(id, board, origin, givenOn, assignee, task, due, extensions, more);
    }
}
