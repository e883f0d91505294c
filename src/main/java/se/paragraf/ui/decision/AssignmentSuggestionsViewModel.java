package se.paragraf.ui.decision;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import se.paragraf.application.assignment.ManageAssignments;
import se.paragraf.application.assignment.WatchItem;
import se.paragraf.domain.paragraph.ParagraphId;
import se.paragraf.domain.shared.DomainException;
import se.paragraf.ui.Messages;
import se.paragraf.ui.task.BackgroundTask;
import se.paragraf.ui.task.TaskExecutor;

/**
 * The assignments a paragraph's clauses give, proposed for the secretary to accept (as read or
 * edited) or reject, and those already registered. Self-contained: {@link #show} is all an
 * embedding editor calls.
 */
public final class AssignmentSuggestionsViewModel {
    private final ManageAssignments assignments;
    private final TaskExecutor executor;
    private final ObservableList<SuggestionRow> suggestions = FXCollections.observableArrayList();
    private final ObservableList<WatchItem> registered = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private ParagraphId paragraph;

    public AssignmentSuggestionsViewModel(ManageAssignments assignments, TaskExecutor executor) {
        this.assignments = assignments;
        this.executor = executor;
    }

    public void show(ParagraphId paragraphId) {
        this.paragraph = paragraphId;
        message.set("");
        load(paragraphId, true);
    }

    /** {@code fresh}: a newly shown paragraph, whose message says when it gives no assignment. */
    private void load(ParagraphId paragraphId, boolean fresh) {
        BackgroundTask.wrap(Messages.get("assignment.task.propose"),
                        () -> new Loaded(assignments.propose(paragraphId), assignments.forParagraph(paragraphId)))
                .onSuccess(loaded -> {
                    if (paragraphId.equals(paragraph)) {
                        suggestions.setAll(loaded.proposals().stream().map(SuggestionRow::new).toList());
                        registered.setAll(loaded.registered());
                        if (fresh && loaded.proposals().isEmpty()) {
                            message.set(Messages.get("assignment.noneFound"));
                        }
                    }
                })
                .executeWith(executor);
    }

    private record Loaded(java.util.List<se.paragraf.application.assignment.ClauseProposal> proposals,
                          java.util.List<WatchItem> registered) {
    }

    public void accept(SuggestionRow row) {
        ParagraphId at = paragraph;
        try {
            var due = row.due();
            BackgroundTask.wrap(Messages.get("assignment.task.accept"), () -> assignments.accept(at, row.proposal().block(),
                            row.proposal().clause(), row.assigneeProperty().get(), row.taskProperty().get(), due))
                    .onSuccess(a -> {
                        suggestions.remove(row);
                        message.set(Messages.get("assignment.accepted", a.assignee()));
                        load(at, false);
                    })
                    .onFailure(e -> message.set(e instanceof DomainException ? e.getMessage() : Messages.get("assignment.failed")))
                    .executeWith(executor);
        } catch (DomainException e) {
            message.set(e.getMessage());
        }
    }

    /** Not an assignment: the proposal goes for now; it comes back when the paragraph is shown again. */
    public void reject(SuggestionRow row) {
        suggestions.remove(row);
        message.set(Messages.get("assignment.rejected"));
    }

    public ObservableList<SuggestionRow> suggestions() {
        return suggestions;
    }

    public ObservableList<WatchItem> registered() {
        return registered;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
