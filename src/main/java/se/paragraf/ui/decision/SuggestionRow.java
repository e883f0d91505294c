package se.paragraf.ui.decision;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import se.paragraf.application.assignment.ClauseProposal;
import se.paragraf.domain.assignment.Due;
import se.paragraf.domain.shared.DomainException;

/** A proposed assignment as the secretary edits it before accepting: assignee, task and due, as text. */
public final class SuggestionRow {
    private final ClauseProposal proposal;
    private final StringProperty assignee = new SimpleStringProperty();
    private final StringProperty task = new SimpleStringProperty();
    private final StringProperty dueDate = new SimpleStringProperty();
    private final StringProperty dueText = new SimpleStringProperty();

    SuggestionRow(ClauseProposal proposal) {
        this.proposal = proposal;
        assignee.set(proposal.proposal().assigneeIfAny().orElse(""));
        task.set(proposal.proposal().task());
        Due due = proposal.proposal().due();
        dueDate.set(due.date() == null ? "" : due.date().toString());
        dueText.set(due.text() == null ? "" : due.text());
    }

    public ClauseProposal proposal() {
        return proposal;
    }

    /** The due as edited; a date that is no ISO date is explained, not guessed. */
    Due due() {
        String date = dueDate.get() == null ? "" : dueDate.get().strip();
        if (date.isEmpty()) {
            return new Due(null, dueText.get());
        }
        try {
            return new Due(LocalDate.parse(date), dueText.get());
        } catch (DateTimeParseException e) {
            throw new DomainException("Datumet \"" + date + "\" kunde inte läsas. Skriv det som ÅÅÅÅ-MM-DD eller lämna det tomt.");
        }
    }

    public StringProperty assigneeProperty() {
        return assignee;
    }

    public StringProperty taskProperty() {
        return task;
    }

    public StringProperty dueDateProperty() {
        return dueDate;
    }

    public StringProperty dueTextProperty() {
        return dueText;
    }
}
